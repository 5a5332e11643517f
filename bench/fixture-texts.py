#!/usr/bin/env python3
"""The notes the importer's unit tests read, written out as files.

    bench/fixture-texts.py OUT_DIR

Writes every string literal of `src/import/tests.rs` that spans lines and is longer
than 150 characters (raw strings as written, others with Rust's escapes and line
continuations undone) to `OUT_DIR/tNNNN.md` and `OUT_DIR/sNNNN.md`. They are our own
words, so `bench/import-diff.py OLD_LP NEW_LP OUT_DIR` shows which of them a change
to the importer reads differently, beyond what each test asserts. (A few pieces
between two literals are caught too; they are text all the same.)
"""
import os
import re
import sys

ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'", "0": "\0"}


def unescape(text):
    text = re.sub(r"\\\n\s*", "", text)
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            d = text[i + 1]
            if d in ESCAPES:
                out.append(ESCAPES[d])
                i += 2
                continue
            m = re.match(r"\\u\{([0-9a-fA-F]+)\}", text[i:])
            if m:
                out.append(chr(int(m.group(1), 16)))
                i += len(m.group(0))
                continue
            if d == "x":
                out.append(chr(int(text[i + 2:i + 4], 16)))
                i += 4
                continue
        out.append(c)
        i += 1
    return "".join(out)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    source = open(os.path.join(here, "..", "src", "import", "tests.rs"), encoding="utf-8").read()
    n = 0
    for m in re.finditer(r'r(#+)"(.*?)"\1', source, re.S):
        if len(m.group(2)) > 150 and "\n" in m.group(2):
            n += 1
            open(os.path.join(out, f"t{n:04d}.md"), "w", encoding="utf-8").write(m.group(2))
    for m in re.finditer(r'(?<![r#\w])"((?:[^"\\]|\\.){150,}?)"', source, re.S):
        text = unescape(m.group(1))
        if "\n" in text:
            n += 1
            open(os.path.join(out, f"s{n:04d}.md"), "w", encoding="utf-8").write(text)
    print(f"{n} texts written to {out}")


if __name__ == "__main__":
    main()
