#!/usr/bin/env bash
# Benchmarks lp on synthetic libraries of 1,000, 10,000 and 100,000 stories, side by side
# with the floor (reading every file: cat) and the job done by a short Python script with
# PyYAML's C loader. Prints Markdown tables for BENCHMARKS.md.
#
# usage: bench/run.sh [SIZES...]       (default: 1000 10000 100000)
#        BEFORE=COMMIT bench/run.sh 10000   also times lp as built at COMMIT, in the same
#                                           run, each command beside its earlier self
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
before=""
if [ -n "${BEFORE:-}" ]; then
  rm -rf "$out/before"
  git worktree add -f --detach "$out/before" "$BEFORE" >/dev/null 2>&1
  (cd "$out/before" && cargo build --release -q --target-dir ../before-target)
  before=$out/before-target/release/lp
  git worktree remove --force "$out/before"
  echo "Before: $BEFORE ($(git log -1 --format=%cs "$BEFORE")); after: $(git rev-parse --short HEAD)"
fi

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $(rustc --version)"
echo

for n in "${sizes[@]}"; do
  lib="$out/lib-$n"
  [ -d "$lib/stories" ] || python3 bench/generate.py "$n" "$lib"
  bytes=$(du -sb --apparent-size "$lib/stories" | cut -f1)
  echo "### $n stories ($((bytes / 1024)) KiB on disk)"
  echo
  runs=10; [ "$n" -ge 100000 ] && runs=3
  commands=(-n "floor: cat" "find $lib/stories -name '*.yaml' -print0 | xargs -0 cat > /dev/null")
  for c in coverage check export list; do
    [ -z "$before" ] || commands+=(-n "lp $c (before)" "$before --dir $lib $c")
    commands+=(-n "lp $c" "$lp --dir $lib $c")
  done
  commands+=(-n "python3 + PyYAML CLoader" "python3 bench/coverage.py $lib")
  hyperfine --warmup 1 --runs "$runs" --style none --export-markdown "$out/$n.md" \
    "${commands[@]}" >/dev/null 2>&1
  cat "$out/$n.md"
  echo
  echo "Peak memory (share of the library's size on disk):"
  for c in coverage check list find export; do
    args=("$c")
    [ "$c" = find ] && args=(find "Tell me about a time you failed")
    for build in ${before:+before} after; do
      bin=$lp
      [ "$build" = before ] && bin=$before
      peak=$( { /usr/bin/time -f "%M" "$bin" --dir "$lib" "${args[@]}" >/dev/null; } 2>&1 | tail -1)
      echo "- lp $c ($build): $((peak / 1024)) MiB ($((peak * 1024 * 100 / bytes))%)"
    done
  done
  echo
done

echo "### Start-up"
echo
hyperfine --warmup 3 --runs 50 --style none --export-markdown "$out/startup.md" -N \
  -n "lp --version" "$lp --version" \
  -n "lp coverage (this repository)" "$lp --dir . coverage" >/dev/null 2>&1
cat "$out/startup.md"
