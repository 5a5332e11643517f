#!/usr/bin/env python3
"""How well `lp find` reads sets of labelled questions.

    bench/find-eval.py SET.tsv [SET.tsv ...] [--lp PATH] [--misses] [--by-principle]

SET.tsv: one question a line, `ids<TAB>question`, the ids comma-separated; lines
starting with `#` are comments. Prints, for each set and for all of them together, how
often a labelled principle is ranked first and in the top three, over the built-in
principle set (an empty library, so that no story and no library principle file takes
part). With --misses, each question whose first principle is not one of its labels,
and what came first; with --by-principle, the same figures for each labelled principle.
"""
import collections
import json
import subprocess
import sys
import tempfile


def read(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            ids, question = line.split("\t", 1)
            cases.append((ids.split(","), question))
    return cases


def main():
    args = sys.argv[1:]
    lp = "target/release/lp"
    misses = "--misses" in args
    by_principle = "--by-principle" in args
    if "--lp" in args:
        lp = args[args.index("--lp") + 1]
    files = [a for a in args if a.endswith(".tsv")]
    if not files:
        sys.exit(__doc__)
    total = [0, 0, 0]
    per = collections.defaultdict(lambda: [0, 0, 0])
    with tempfile.TemporaryDirectory() as library:
        for path in files:
            first = three = 0
            cases = read(path)
            for ids, question in cases:
                out = subprocess.run(
                    [lp, "--dir", library, "find", "--json", "--limit", "3", question],
                    capture_output=True, text=True, check=False)
                if out.returncode not in (0, 1):
                    sys.exit(f"lp find failed on {question!r}: {out.stderr}")
                ranked = [p["id"] for p in json.loads(out.stdout)["principles"]]
                hit1 = bool(ranked[:1]) and ranked[0] in ids
                hit3 = any(r in ids for r in ranked[:3])
                first += hit1
                three += hit3
                for i in ids:
                    per[i][0] += hit1
                    per[i][1] += hit3
                    per[i][2] += 1
                if misses and not hit1:
                    print(f"miss {','.join(ids)}: {question}\n     got {ranked}")
            n = len(cases)
            total[0] += first
            total[1] += three
            total[2] += n
            print(f"{path}: {n} questions; first {first} ({100*first/n:.0f}%), "
                  f"top three {three} ({100*three/n:.0f}%)")
    if len(files) > 1:
        first, three, n = total
        print(f"all: {n} questions; first {first} ({100*first/n:.0f}%), "
              f"top three {three} ({100*three/n:.0f}%)")
    if by_principle:
        print("\n| principle | questions | first | top three |\n| --- | ---: | ---: | ---: |")
        for p, (first, three, n) in sorted(per.items()):
            print(f"| {p} | {n} | {first} ({100*first/n:.0f}%) | {three} ({100*three/n:.0f}%) |")


main()
