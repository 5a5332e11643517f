#!/usr/bin/env bash
# How long `lp find` takes on this repository's library (the issue's target: 10 ms),
# and with 1,000 written stories to rank. Prints a Markdown table for BENCHMARKS.md.
#
# usage: bench/find-speed.sh
# needs: hyperfine (apt-get install hyperfine), python3 (for the 1,000-story library).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench/find-speed.sh needs hyperfine: apt-get install hyperfine" >&2; exit 2; }
cargo build --release -q
lp=target/release/lp
big=target/bench/lib-1000
[ -d "$big/stories" ] || python3 bench/generate.py 1000 "$big"
question='Tell me about a time you had to decide without enough data'
hyperfine -N --warmup 10 --runs 100 --style none --export-markdown target/bench/find.md \
  -n "lp find (this repository's library)" "$lp find '$question'" \
  -n "lp find --json" "$lp find --json '$question'" \
  -n "lp find (1,000 stories)" "$lp --dir $big find '$question'"
cat target/bench/find.md
