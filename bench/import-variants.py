#!/usr/bin/env python3
"""Whether `lp import` reads notes the same however their Markdown is typed.

    bench/import-variants.py FILE_OR_GLOB... [--lp PATH] [--only NAME,NAME]

Each notes file is imported into an empty library (`lp import FILE --json`), then
again after retyping it in a way that changes nothing it says: CRLF line endings, a
byte-order mark, two spaces at each line's end, items marked `*`, `+` or `•` (as a word
processor marks them), a tab after an item's mark, numbered items closed by `)` or all
numbered `1.`, strong emphasis and emphasis in underscores, headings one level deeper,
closed by `#`, in capitals or underlined, with or without a blank line under them,
curly apostrophes and quotes, no-break spaces after colons, doubled blank lines, a blank
line between items, no newline at the end, and paragraphs and items wrapped at 72
columns, as an editor that wraps lines types them. A line is printed for each file and
way of typing that reads differently: the drafts and skipped blocks before and after.

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
    # (Not a heading whose text opens as an item does, `## 4. Tell me…`: underlined, it
    # is a list's item over a rule in Markdown, no heading.)
    yield "setext", re.sub(r"(?m)(^\r?\n)## (?!\d{1,9}[.)](?:\s|$)|[-*+](?:\s|$))([^\r\n]+)$",
                           lambda m: m.group(1) + m.group(2) + "\n" + "-" * max(3, len(m.group(2))), t)
    yield "curly-apostrophes", re.sub(r"(?<=\w)'(?=\w)", "\u2019", t)
    yield "nbsp-after-colon", head + body.replace(": ", ":\u00a0")
    yield "double-blanks", t.replace("\n\n", "\n\n\n")
    yield "no-final-newline", t.rstrip("\r\n")
    yield "hard-wrapped", head + hard_wrapped(body, 72)
    yield "loose-lists", re.sub(r"(?m)^(\s*(?:[-*+]|\d+[.)]) [^\r\n]*\r?\n)(?=\s*(?:[-*+]|\d+[.)]) )",
                                r"\1\n", t)
    yield "blank-after-headings", re.sub(r"(?m)^(#{1,6} [^\r\n]*\r?\n)(?=[^\r\n])", r"\1\n", t)
    yield "no-blank-after-headings", re.sub(r"(?m)^(#{1,6} [^\r\n]*\r?\n)\r?\n(?=[^\s#])", r"\1", t)
    yield "underscore-italic", re.sub(r"(?<![*\w])\*([^*\s][^*\n]*?[^*\s]|[^*\s])\*(?![*\w])", r"_\1_", t)
    yield "ones-numbered", re.sub(r"(?m)^(\s*)\d+\. ", r"\g<1>1. ", t)
    yield "bullet-dots", re.sub(r"(?m)^(\s*)- ", "\\1\u2022 ", t)
    yield "tab-after-mark", re.sub(r"(?m)^(\s*)- ", "\\1-\t", t)
    yield "curly-quotes", head + re.sub(r'(?<![\w=])"([^"\n<>]+)"(?![\w])', "\u201c\\1\u201d", body)


# Words a wrap should not put at a line's start: they would open a block (`-`, `1.`),
# or a label (`Task:`) that reads as the writer's own line.
RISKY_START = re.compile(r"^(?:[-*+>#|<=`~]|\d+[.)]|\S*:$)")
BLOCK_LINE = re.compile(r"^\s*(?:#|\||<|```|~~~|---|===|\*\*\*)")
ITEM = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)")


def hard_wrapped(text, width):
    """Paragraphs and items wrapped at `width`, as an editor that wraps would type them."""
    out, fenced = [], False
    for line in text.splitlines(keepends=True):
        end = line[len(line.rstrip("\r\n")):]
        bare = line[:len(line) - len(end)]
        if re.match(r"^\s*(```|~~~)", bare):
            fenced = not fenced
        if fenced or len(bare) <= width or BLOCK_LINE.match(bare) or " | " in bare \
                or bare.endswith("  ") or re.match(r"^(\s{4,}|\t)", bare) and not ITEM.match(bare):
            out.append(line)
            continue
        item = ITEM.match(bare)
        indent = " " * len(item.group(1)) if item else re.match(r"^\s*", bare).group(0)
        words = bare.split(" ")
        rows, row = [], words[0]
        for w in words[1:]:
            if len(row) + 1 + len(w) <= width or not row.strip() or not w:
                row += " " + w
            elif not RISKY_START.match(w):
                rows.append(row)
                row = indent + w
            else:
                # A word that would open a block (`-`, `1.`) goes down with the word
                # before it, as a careful writer wraps.
                cut = row.rfind(" ")
                if cut > len(indent) and not RISKY_START.match(row[cut + 1:]):
                    rows.append(row[:cut])
                    row = indent + row[cut + 1:] + " " + w
                else:
                    row += " " + w
        rows.append(row)
        out.append((end or "\n").join(rows) + end)
    return "".join(out)


def main(argv):
    lp = "target/release/lp"
    if "--lp" in argv:
        i = argv.index("--lp")
        lp = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    only = None
    if "--only" in argv:
        i = argv.index("--only")
        only = set(argv[i + 1].split(","))
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
            if only and name not in only:
                continue
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
