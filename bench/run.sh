#!/usr/bin/env bash
# Benchmarks lp on synthetic libraries of 1,000, 10,000 and 100,000 stories, side by side
# with the floor (reading every file: cat) and the job done by a short Python script with
# PyYAML's C loader. Prints Markdown tables for BENCHMARKS.md.
#
# usage: bench/run.sh [SIZES...]       (default: 1000 10000 100000)
# needs: hyperfine (apt-get install hyperfine), python3 with PyYAML for the comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
[ $# -gt 0 ] || sizes=(1000 10000 100000)
command -v hyperfine >/dev/null || { echo "bench/run.sh needs hyperfine: apt-get install hyperfine" >&2; exit 2; }

cargo build --release -q
lp=target/release/lp
out=target/bench
mkdir -p "$out"

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $(rustc --version)"
echo

for n in "${sizes[@]}"; do
  lib="$out/lib-$n"
  [ -d "$lib/stories" ] || python3 bench/generate.py "$n" "$lib"
  bytes=$(du -sb --apparent-size "$lib/stories" | cut -f1)
  echo "### $n stories ($((bytes / 1024)) KiB on disk)"
  echo
  runs=10; [ "$n" -ge 100000 ] && runs=3
  hyperfine --warmup 1 --runs "$runs" --style none --export-markdown "$out/$n.md" \
    -n "floor: cat" "find $lib/stories -name '*.yaml' -print0 | xargs -0 cat > /dev/null" \
    -n "lp coverage" "$lp --dir $lib coverage" \
    -n "lp check" "$lp --dir $lib check" \
    -n "lp export" "$lp --dir $lib export" \
    -n "lp list" "$lp --dir $lib list" \
    -n "python3 + PyYAML CLoader" "python3 bench/coverage.py $lib" >/dev/null 2>&1
  cat "$out/$n.md"
  peak=$( { /usr/bin/time -f "%M" "$lp" --dir "$lib" coverage >/dev/null; } 2>&1 | tail -1)
  echo
  echo "Peak memory of lp coverage: $((peak / 1024)) MiB ($((peak * 1024 * 100 / bytes))% of the library's size)"
  echo
done

echo "### Start-up"
echo
hyperfine --warmup 3 --runs 50 --style none --export-markdown "$out/startup.md" -N \
  -n "lp --version" "$lp --version" \
  -n "lp coverage (this repository)" "$lp --dir . coverage" >/dev/null 2>&1
cat "$out/startup.md"
