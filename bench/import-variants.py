#!/usr/bin/env python3
"""Whether `lp import` reads notes the same however their Markdown is typed.

    bench/import-variants.py FILE_OR_GLOB... [--lp PATH]

Each notes file is imported into an empty library (`lp import FILE --json`), then
again after retyping it in a way that changes nothing it says: CRLF line endings, a
byte-order mark, two spaces at each line's end, items marked `*` or `+`, numbered items
closed by `)`, strong emphasis in underscores, headings one level deeper, closed by `#`,
in capitals or underlined, curly apostrophes, no-break spaces after colons, doubled
blank lines, no newline at the end. A line is printed for each file and way of typing
that reads differently: the drafts and skipped blocks before and after.

No labels are needed, so any notes will do, including a fresh set before it is
labelled. Some retypings are not always faithful (an underlined heading that starts
with `4. ` is a list item over a rule in Markdown): read each difference before taking
it for a fault.
"""

import glob
import json
import os
import re
import subprocess
import sys
import tempfile


def imported(lp, text):
    with tempfile.TemporaryDirectory() as library:
        os.makedirs(os.path.join(library, "stories"))
        path = os.path.join(library, "notes.md")
        with open(path, "wb") as f:
            f.write(text)
        out = subprocess.run([lp, "--dir", library, "import", path, "--json"],
                             capture_output=True)
        if out.returncode != 0:
            return ("error", out.stderr.decode("utf-8", "replace")[:200])
        plan = json.loads(out.stdout)
        shape = []
        for d in plan["drafts"]:
            body = " ".join(d.get(k, "") for k in
                            ["situation", "task", "action", "result", "learned", "notes"])
            shape.append((d["principles"][:1], len(body.split()) // 5))
        return (len(plan["drafts"]), len(plan["skipped"]), shape)


def front_matter(text):
    m = re.match(r"(---\r?\n.*?\r?\n---\r?\n)", text, re.S)
    return m.group(1) if m else ""


def variants(raw):
    t = raw.decode("utf-8", "replace")
    head = front_matter(t)
    body = t[len(head):]
    lines = t.splitlines(keepends=True)
    yield "crlf", re.sub(r"\r?\n", "\r\n", t)
    yield "bom", "\ufeff" + t
    yield "trailing-spaces", "".join(re.sub(r"(\r?\n?)$", r"  \1", l, count=1) for l in lines)
    yield "star-bullets", re.sub(r"(?m)^(\s*)- ", r"\1* ", t)
    yield "plus-bullets", re.sub(r"(?m)^(\s*)- ", r"\1+ ", t)
    yield "paren-numbers", re.sub(r"(?m)^(\s*\d+)\. ", r"\1) ", t)
    yield "underscore-bold", re.sub(r"\*\*([^*\n]+?)\*\*", r"__\1__", t)
    yield "deeper-headings", re.sub(r"(?m)^(#{1,5}) ", r"#\1 ", t)
    yield "closing-hashes", re.sub(r"(?m)^(#{1,6} [^\r\n]+?)[ \t]*(\r?)$", r"\1 #\2", t)
    yield "upper-headings", re.sub(r"(?m)^(#{1,6} )(.+)$",
                                   lambda m: m.group(1) + m.group(2).upper(), t)
    yield "setext", re.sub(r"(?m)(^\r?\n)## ([^\r\n]+)$",
                           lambda m: m.group(1) + m.group(2) + "\n" + "-" * max(3, len(m.group(2))), t)
    yield "curly-apostrophes", re.sub(r"(?<=\w)'(?=\w)", "\u2019", t)
    yield "nbsp-after-colon", head + body.replace(": ", ":\u00a0")
    yield "double-blanks", t.replace("\n\n", "\n\n\n")
    yield "no-final-newline", t.rstrip("\r\n")


def main(argv):
    lp = "target/release/lp"
    if "--lp" in argv:
        i = argv.index("--lp")
        lp = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if not argv:
        print(__doc__)
        return 2
    files = sorted({f for a in argv for f in (glob.glob(a) or [a])
                    if f.endswith(".md") and not f.endswith("EXPECTED.md")})
    differ = 0
    for path in files:
        raw = open(path, "rb").read()
        base = imported(lp, raw)
        for name, text in variants(raw):
            data = text.encode("utf-8")
            if data == raw:
                continue
            got = imported(lp, data)
            if got != base:
                differ += 1
                brief = lambda r: r if r[0] == "error" else r[:2]
                print(f"{path}: {name}: drafts, skipped {brief(base)} -> {brief(got)}")
    print(f"{differ} retypings of {len(files)} files read differently")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
