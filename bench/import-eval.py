#!/usr/bin/env python3
"""How well `lp import` reads notes it was not written for.

    bench/import-eval.py CORPUS_DIR [--lp PATH] [--show] [--drafts]

CORPUS_DIR holds notes files (`*.md`) and, beside each, what a careful reader expects
of it, written before running lp: `NAME.expected.json`:

    {
      "source": "where the file comes from (a URL)",
      "author": "who wrote it (to count people, not files)",
      "stories": [
        {"anchor": "a phrase only this story's text holds",
         "principles": ["ownership", "dive-deep"],   # primary first
         "written": ["ownership"],                   # names the notes wrote for it
         "parts": ["situation", "action", "result"], # labelled parts in the notes
         "questions": 1,                             # questions attached to it
         "asks": ["a phrase of each"],               # optional: which questions
         "unlike": "a phrase"}                       # optional: in a twin, not in it
                                                     # (or a list: in any of its twins)
      ],
      "duplicates": [["anchor of one", "anchor of another"]]
    }

Each file is imported into an empty library (`lp import FILE --json`), and scored:
stories right (found in exactly one draft that holds no other story), merged (a draft
holding two or more), split (a story in two or more drafts), missed; junk drafts (a
draft holding no expected story); primary principle right (and, apart, for the stories
whose reader expects one: a story must have a principle, so one whose notes name none
is linked to a guess, which an empty expectation counts wrong); principle names written
in the notes that were linked; labelled parts filled; questions placed (with "asks",
the very questions; without, how many); false and
missed duplicate pairs (a reported pair whose two drafts hold the same one story, a
story split in two or pasted twice, is the same story: counted apart, not false);
words lost (words of the file in no draft, no skipped or
ignored block and no question of the person's own). Prints a line per file and the
totals; `--show` adds each file's junk titles and lost words, `--drafts` each draft
with the expected stories it holds, and the stories no draft holds.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

FIELDS = ["title", "situation", "task", "action", "result", "learned", "notes"]
# Label words and the like: structure, not the person's text.
STRUCTURE = set(
    "situation task action actions result results outcome impact context goal approach problem "
    # `Challenge:`, the task as a story told Situation, Challenge, Action, Result names it.
    "challenge "
    # `**Setup.**`: the scene as a storyteller labels it.
    "setup "
    "issue objective objectives solution resolution corrective measures "
    "s t a r also secondary secondaires secundarios "
    "principles principle lps lp leadership what i learned learnt learning learnings lesson "
    "lessons takeaway takeaways reflection reflections follow up see "
    # `**What I Did:**`: the Action's label.
    "did "
    "story stories related question questions prompt example sample tags tag q l "
    # `(ST)`: the scene and the task's letters as one label, as `S/T` is.
    "st "
    # `Your Role`, `Actions Taken`, `Steps taken`: a template's labels for the task and
    # the action.
    "role taken steps "
    # The parts' words in Spanish, Portuguese, French and German.
    "situación situacion situação situacao contexto contexte tarea tarefa tâche tache "
    "aufgabe acción accion acciones ação acao ações handlung maßnahmen resultado "
    "resultados résultat résultats ergebnis "
    # The parts' words in Chinese, Japanese and Korean, read as labels as the English are.
    "情境 情景 背景 状況 상황 任务 任務 課題 과제 임무 行动 行動 행동 结果 結果 결과 문제 해결 해결책 배운 점 교훈 "
    # A bug's telling in Korean: cause, response, verification.
    "원인 대응 검증 "
    # A bug's telling in Chinese: symptom, cause, fix.
    "现象 現象 原因 实际原因 實際原因 根因 解决 解決 解决方案 解決方案 解法 我的做法 做法 "
    "学到什么 學到什麼 学到了什么 學到了什麼 收获 收穫 教训 教訓 反思".split()
)


def slip(a, b):
    """Whether `a` is `b` written with one or two letters wrong (inserted, missing,
    changed or two swapped), the first letter right."""
    if a == b or not a or a[0] != b[0] or abs(len(a) - len(b)) > 2:
        return False
    # Optimal string alignment distance.
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)] <= (2 if len(b) > 6 else 1)


def words(text):
    # An underscore is Markdown's emphasis (`__a time when…__`), not part of a word.
    return {w.lower() for w in re.split(r"[^\w]+|_+", text, flags=re.UNICODE) if w}


def draft_text(d):
    parts = [d.get(k, "") for k in FIELDS]
    parts += d.get("questions", [])
    for f in d.get("followups", []):
        parts += [f.get("question", ""), f.get("answer", "")]
    return "\n".join(parts)


def norm(text):
    return re.sub(r"\s+", " ", text.lower())


def score(path, expected, plan, names):
    drafts = plan["drafts"]
    texts = [norm(draft_text(d)) for d in drafts]
    stories = expected["stories"]
    holders = []  # for each story, the drafts holding its anchor
    for s in stories:
        anchor = norm(s["anchor"])
        # "unlike": a phrase of a twin story told again elsewhere, which this one lacks
        # (or a list of them, one for each twin).
        unlike = s.get("unlike") or []
        unlike = [norm(u) for u in ([unlike] if isinstance(unlike, str) else unlike)]
        holders.append([i for i, t in enumerate(texts)
                        if anchor in t and not any(u in t for u in unlike)])
    holds = [[j for j, h in enumerate(holders) if i in h] for i in range(len(drafts))]
    r = dict(stories=len(stories), drafts=len(drafts), right=0, merged=0, split=0,
             missed=0, junk=0, primary=0, expected_primary=0, primary_where_expected=0, written=0, linked=0, parts=0, parts_found=0,
             questions=0, questions_placed=0, dup_reported=0, dup_false=0,
             dup_expected=len(expected.get("duplicates", [])), dup_missed=0, lost=0)
    for j, s in enumerate(stories):
        h = holders[j]
        if not h:
            r["missed"] += 1
            r["written"] += len(s.get("written", []))
            r["parts"] += len(s.get("parts", []))
            r["questions"] += s.get("questions", 0)
            continue
        if len(h) > 1:
            r["split"] += 1
        d = drafts[h[0]]
        if len(holds[h[0]]) > 1:
            r["merged"] += 1
        elif len(h) == 1:
            r["right"] += 1
        if d["principles"][:1] == s["principles"][:1]:
            r["primary"] += 1
        # A story must name a principle (DESIGN: at least one), so one whose notes name
        # none is linked to a guess; counted apart where the reader expected one.
        if s["principles"]:
            r["expected_primary"] += 1
            r["primary_where_expected"] += d["principles"][:1] == s["principles"][:1]
        for p in s.get("written", []):
            r["written"] += 1
            r["linked"] += p in d["principles"]
        for part in s.get("parts", []):
            r["parts"] += 1
            r["parts_found"] += bool(d.get(part, "").strip())
        r["questions"] += s.get("questions", 0)
        if s.get("asks"):
            # Which questions, not only how many: each phrase in one of the draft's.
            theirs = [norm(q) for q in d.get("questions", [])]
            r["questions_placed"] += sum(any(norm(a) in q for q in theirs) for a in s["asks"])
        else:
            r["questions_placed"] += min(len(d.get("questions", [])), s.get("questions", 0))
    r["junk"] = sum(1 for h in holds if not h)
    r["junk_titles"] = [d.get("title", "") for d, h in zip(drafts, holds) if not h]
    anchors = [norm(s["anchor"]) for s in stories]
    expected_pairs = set()
    for a, b in expected.get("duplicates", []):
        ia, ib = anchors.index(norm(a)), anchors.index(norm(b))
        expected_pairs.add(frozenset((ia, ib)))
    reported = set()
    halves = 0
    for dup in plan["duplicates"]:
        i, k = dup["drafts"]
        pair = {j for j in holds[i] + holds[k]}
        if len(pair) == 1 and holds[i] == holds[k]:
            # Two drafts that both hold one story (a story split in two, or pasted
            # twice) are the same story: a true pair, though no expected one.
            halves += 1
            continue
        reported.add(frozenset(pair) if len(pair) == 2 else None)
    r["dup_reported"] = len(plan["duplicates"])
    r["dup_halves"] = halves
    # A story told three times is three pairs, whichever two the notes list: a pair
    # reported is false only when its two stories are in no chain of expected pairs.
    group = list(range(len(stories)))
    def root(i):
        while group[i] != i:
            i = group[i]
        return i
    for p in expected_pairs:
        a, b = tuple(p)
        group[root(a)] = root(b)
    same = lambda p: p is not None and len(p) == 2 and root(min(p)) == root(max(p))
    r["dup_false"] = sum(1 for p in reported if p not in expected_pairs and not same(p))
    r["dup_missed"] = sum(1 for p in expected_pairs if p not in reported)
    # Each piece on a line of its own: the last word of one and the first of the next
    # are two words.
    kept = "\n".join(draft_text(d) for d in drafts)
    kept += "\n" + "\n".join(s["text"] for s in plan["skipped"] + plan["ignored"])
    kept += "\n" + "\n".join(q["question"] for q in plan.get("questions", []))
    for d in drafts:
        kept += "\n" + "\n".join(names.get(p, "") for p in d["principles"])
    source = open(path, encoding="utf-8").read()
    # A code fence's language tag ("```text") is markup, not the person's words.
    source = re.sub(r"(?m)^(\s*)(```|~~~)\s*[\w+-]+\s*$", r"\1\2", source)
    # A line break in a table's cell (`<br>`) is markup too.
    source = re.sub(r"(?i)<br\s*/?>", " ", source)
    # The words of a heading that names a principle are structure.
    heading_words = set()
    for line in source.splitlines():
        if line.lstrip().startswith("#"):
            # "Invent & Simplify" names the principle as "Invent and Simplify" does.
            w = words(line.replace("&", " and "))
            if any(w >= words(n) - {"the"} and words(n) for n in names.values()):
                heading_words |= w
    lost = words(source) - words(kept) - STRUCTURE - heading_words
    # Markdown and link syntax are not words a person wrote.
    lost = {w for w in lost if not re.fullmatch(r"\d+|https?|www|com|md|png|jpg", w)}
    # A letter alone is an enumerator ("Anecdote C -", "b)"), structure like a number.
    lost = {w for w in lost if len(w) > 1}
    # A letter and a number count questions or stories ("Q1.", "S2"): structure too.
    lost = {w for w in lost if not re.fullmatch(r"[a-z]\d{1,2}", w)}
    # A label written a letter or two wrong ("Actioin", "Resut") is read as the label:
    # structure too.
    lost = {w for w in lost if not any(slip(w, s) for s in STRUCTURE if len(s) >= 4)}
    r["lost"] = len(lost)
    r["lost_words"] = sorted(lost)[:12]
    r["listing"] = [(d.get("title", ""), [stories[j]["anchor"] for j in h], d["principles"])
                    for d, h in zip(drafts, holds)]
    r["missed_anchors"] = [s["anchor"] for s, h in zip(stories, holders) if not h]
    return r


def pct(a, b):
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else f"{a}/0"


def main():
    args = sys.argv[1:]
    lp = "target/release/lp"
    if "--lp" in args:
        lp = args[args.index("--lp") + 1]
    show = "--show" in args
    listing = "--drafts" in args
    dirs = [a for a in args if os.path.isdir(a)]
    if len(dirs) != 1:
        sys.exit(__doc__)
    files = sorted(glob.glob(os.path.join(dirs[0], "*.md")))
    principles = json.loads(subprocess.run([lp, "principles", "--json"], capture_output=True,
                                           text=True, check=True).stdout)
    names = {p["id"]: p["name"] for p in principles["principles"]}
    total = {}
    authors = set()
    with tempfile.TemporaryDirectory() as library:
        os.makedirs(os.path.join(library, "stories"))
        for path in files:
            exp_path = path[:-3] + ".expected.json"
            if not os.path.exists(exp_path):
                print(f"{path}: no expectations, passed over")
                continue
            expected = json.load(open(exp_path, encoding="utf-8"))
            authors.add(expected.get("author", path))
            out = subprocess.run([lp, "--dir", library, "import", path, "--json"],
                                 capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(f"{path}: lp import failed: {out.stderr.strip()}")
                continue
            r = score(path, expected, json.loads(out.stdout), names)
            for k, v in r.items():
                if isinstance(v, int):
                    total[k] = total.get(k, 0) + v
            print(f"{os.path.basename(path)}: stories right {pct(r['right'], r['stories'])}, "
                  f"merged {r['merged']}, split {r['split']}, missed {r['missed']}; "
                  f"junk {r['junk']} of {r['drafts']} drafts; primary {pct(r['primary'], r['stories'])}; "
                  f"names linked {pct(r['linked'], r['written'])}; words lost {r['lost']}")
            if show:
                for title in r["junk_titles"]:
                    print(f"    junk: {title}")
            if show and r["lost_words"]:
                print(f"    lost: {' '.join(r['lost_words'])}")
            if listing:
                for title, held, ps in r["listing"]:
                    mark = "JUNK" if not held else ("MERGED" if len(held) > 1 else "ok")
                    print(f"    {mark:6} {title[:60]!r} [{', '.join(ps)}] {' | '.join(a[:30] for a in held)}")
                for a in r["missed_anchors"]:
                    print(f"    MISSED {a[:70]!r}")
    t = total
    if not t:
        return
    print(f"\nall ({len(files)} files, {len(authors)} people):")
    print(f"  stories right   {pct(t['right'], t['stories'])} (merged {t['merged']}, split {t['split']}, missed {t['missed']})")
    print(f"  junk drafts     {pct(t['junk'], t['drafts'])}")
    print(f"  primary right   {pct(t['primary'], t['stories'])}; where the reader expects one "
          f"{pct(t['primary_where_expected'], t['expected_primary'])}")
    print(f"  names linked    {pct(t['linked'], t['written'])}")
    print(f"  parts filled    {pct(t['parts_found'], t['parts'])}")
    print(f"  questions       {pct(t['questions_placed'], t['questions'])}")
    print(f"  duplicates      {t['dup_reported']} reported, {t['dup_false']} false, {t['dup_missed']} missed of {t['dup_expected']} ({t.get('dup_halves', 0)} reported pairs are the two halves of one split story)")
    print(f"  words lost      {t['lost']}")


main()
