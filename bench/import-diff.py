#!/usr/bin/env python3
"""Which notes files two builds of `lp import` read differently.

    bench/import-diff.py OLD_LP NEW_LP DIR...

Imports every `*.md` under each DIR (recursively) with both binaries (`lp import FILE
--json`, into an empty library) and prints, for each file read differently, the drafts'
titles and counts before and after. A change to the importer's rules should change the
files it was written for and no others: run this over the shared notes, the fixtures
and any corpus before committing one.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile


def run(lp, library, path):
    out = subprocess.run([lp, "--dir", library, "import", path, "--json"],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return {"error": out.stderr.strip()[:200]}
    plan = json.loads(out.stdout)
    return {
        "drafts": [(d.get("title", ""), tuple(d["principles"]),
                    tuple(d.get(k, "") for k in ("situation", "task", "action", "result",
                                                  "learned", "notes")),
                    tuple(d.get("questions", [])))
                   for d in plan["drafts"]],
        "skipped": len(plan["skipped"]),
        "ignored": len(plan["ignored"]),
        "questions": len(plan.get("questions", [])),
        "duplicates": len(plan["duplicates"]),
    }


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    old, new, dirs = sys.argv[1], sys.argv[2], sys.argv[3:]
    files = sorted({f for d in dirs for f in glob.glob(os.path.join(d, "**", "*.md"),
                                                        recursive=True)})
    changed = 0
    with tempfile.TemporaryDirectory() as library:
        os.makedirs(os.path.join(library, "stories"))
        for path in files:
            a, b = run(old, library, path), run(new, library, path)
            if a == b:
                continue
            changed += 1
            print(f"== {path}")
            if "error" in a or "error" in b:
                print(f"   before: {a.get('error', 'read')}\n   after:  {b.get('error', 'read')}")
                continue
            ta = [d[0] for d in a["drafts"]]
            tb = [d[0] for d in b["drafts"]]
            print(f"   drafts {len(ta)} -> {len(tb)}, skipped {a['skipped']} -> {b['skipped']}, "
                  f"ignored {a['ignored']} -> {b['ignored']}, questions {a['questions']} -> "
                  f"{b['questions']}, duplicates {a['duplicates']} -> {b['duplicates']}")
            for t in ta:
                if t not in tb:
                    print(f"   - {t[:80]!r}")
            for t in tb:
                if t not in ta:
                    print(f"   + {t[:80]!r}")
            if ta == tb:
                for x, y in zip(a["drafts"], b["drafts"]):
                    if x != y:
                        print(f"   ~ {x[0][:80]!r} (principles, parts or questions)")
    print(f"{changed} of {len(files)} files read differently")


main()
