#!/usr/bin/env bash
# Fuzzes lp: seeds each target's corpus from the repository's own files, then runs the
# targets two at a time (one a core) for SECONDS each and prints how coverage grew.
#
# usage: fuzz/run.sh [SECONDS] [TARGET...]   (default: 600 s; story fast_yaml principles import find merge recovery)
# needs: cargo install cargo-fuzz. On a stable compiler it sets RUSTC_BOOTSTRAP=1.
# A crash leaves its input in fuzz/artifacts/TARGET/: copy it into
# tests/fuzz-regressions/TARGET/, where `cargo test` replays it, then fix the bug.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(story fast_yaml principles import find merge recovery)
export RUSTC_BOOTSTRAP=1

seed() { # seed TARGET FILE...
  local dir=corpus/$1
  shift
  mkdir -p "$dir"
  for f in "$@"; do
    [ -f "$f" ] && cp "$f" "$dir/seed-$(sha1sum "$f" | cut -c1-16)"
  done
  return 0
}
shopt -s nullglob
stories=(../stories/*.yaml ../tests/fixtures/*/stories/* ../tests/corpus/*/lib/stories/*)
seed story "${stories[@]}"
seed fast_yaml "${stories[@]}"
seed principles ../principles/*.yaml ../tests/fixtures/*/principles/* ../tests/corpus/*/lib/principles/*
seed import ../tests/fixtures/notes/*.md ../tests/corpus/notes-*/notes.md
mkdir -p corpus/find # one question a seed
cut -f2 ../bench/find-questions.tsv ../bench/find-holdout.tsv | grep -v '^#' |
  while read -r q; do printf '%s' "$q" >"corpus/find/seed-$(printf '%s' "$q" | sha1sum | cut -c1-16)"; done

mkdir -p corpus/merge corpus/recovery
printf '\0051+2,2+3' >corpus/merge/seed-chain
printf '\0121+3,4+12,all' >corpus/merge/seed-list
printf '# lp-recovered: write "a"\ntitle: A\nprinciples: [ownership]\n' >corpus/recovery/seed-write
seed recovery "${stories[@]}"

cargo fuzz build -O
run() {
  cargo fuzz run -O "$1" "corpus/$1" -- -dict=yaml.dict -max_total_time="$seconds" \
    -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"log-$1.txt" 2>&1
}
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  [ -z "${targets[i + 1]:-}" ] || run "${targets[i + 1]}" &
  wait
done
for t in "${targets[@]}"; do
  echo "== $t: executions and edges covered, at each doubling"
  grep -E 'pulse|DONE' "log-$t.txt" | awk '{print $1, $3, $4}'
  grep -E 'SUMMARY|crash-|panicked' "log-$t.txt" || echo "no crash"
done
