#!/usr/bin/env python3
"""How well `lp find` reads a set of labelled questions.

    bench/find-eval.py SET.tsv [--lp PATH] [--misses]

SET.tsv: one question a line, `ids<TAB>question`, the ids comma-separated; lines
starting with `#` are comments. Prints how often a labelled principle is ranked
first and in the top three, over the built-in principle set (an empty library, so
that no story and no library principle file takes part). With --misses, each
question whose first principle is not one of its labels, and what came first.
"""
import json
import subprocess
import sys
import tempfile

def main():
    args = sys.argv[1:]
    lp = "target/release/lp"
    misses = "--misses" in args
    if "--lp" in args:
        lp = args[args.index("--lp") + 1]
    files = [a for a in args if a.endswith(".tsv")]
    if len(files) != 1:
        sys.exit(__doc__)
    cases = []
    with open(files[0], encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            ids, question = line.split("\t", 1)
            cases.append((ids.split(","), question))
    first = three = 0
    with tempfile.TemporaryDirectory() as library:
        for ids, question in cases:
            out = subprocess.run(
                [lp, "--dir", library, "find", "--json", "--limit", "3", question],
                capture_output=True, text=True, check=False)
            if out.returncode not in (0, 1):
                sys.exit(f"lp find failed on {question!r}: {out.stderr}")
            ranked = [p["id"] for p in json.loads(out.stdout)["principles"]]
            if ranked[:1] and ranked[0] in ids:
                first += 1
            elif misses:
                print(f"miss {','.join(ids)}: {question}\n     got {ranked}")
            if any(r in ids for r in ranked[:3]):
                three += 1
    n = len(cases)
    print(f"{files[0]}: {n} questions; first {first} ({100*first/n:.0f}%), "
          f"top three {three} ({100*three/n:.0f}%)")

main()
