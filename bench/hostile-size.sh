#!/usr/bin/env bash
# How lp copes with input far larger than a person writes: the cases of the hostile
# round (issue "Hostile and unusual input, round three"). Each must grow no faster
# than its input. Prints seconds and peak memory for each, for BENCHMARKS.md.
#
# usage: bench/hostile-size.sh
# needs: python3, GNU time (/usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
lp=${LP:-$PWD/target/release/lp}
work=target/bench/hostile
rm -rf "$work"
mkdir -p "$work"
python3 - "$work" <<'PY'
import os, random, sys
work = sys.argv[1]
rng = random.Random(2)
def letters(n): return ''.join(rng.choice('abcdefgh') for _ in range(n))
def repeated(name, head, n, row, tail=''):
    """`head`, then `row(i)` for each i below n, then `tail`, in the file `name`."""
    with open(f'{work}/{name}', 'w') as f:
        f.write(head)
        for i in range(n):
            f.write(row(i))
        f.write(tail)
# 100,000 distinct words, as one question.
with open(f'{work}/words100k.txt', 'w') as f:
    f.write(' '.join(f'w{i}x{letters(4)}' for i in range(100_000)))
# 5,000 drafts, written once and then again.
repeated('drafts5000.md', '# Ownership\n\n', 5000,
         lambda i: f'## Story {i} about {letters(6)}\n\nI fixed the {letters(5)} pipeline number {i} because nobody else would.\n\n')
# 4,000 titles with no Latin letter: every draft is named `story`.
repeated('nonlatin4000.md', '# Ownership\n\n', 4000,
         lambda i: f'## 物語 {chr(0x4e00 + i % 500)}\n\n私は {i} 番のパイプラインを直した。\n\n')
def stories_then(path, n, text, after):
    """n stories under Ownership (`## Story i`, `text` under each), then Dive Deep's
    lines, `after(i)` for each i in its range."""
    count, line = after
    with open(path, 'w') as f:
        f.write('# Ownership\n\n')
        for i in range(n):
            f.write(f'## Story {i}\n\n{text.format(i=i)}\n\n')
        f.write('# Dive Deep\n\n')
        for i in range(count):
            f.write(line(i))
# 150,000 references, to 2,000 stories (200,000 would pass the limit of blocks).
stories_then(f'{work}/refs200k.md', 2000, 'I did thing {i}.',
             (150_000, lambda i: f'see Ownership {i % 2000 + 1}\n\n'))
# A story's line naming 20,000 principles, and a story file's front matter listing
# 20,000 above 100,000 other keys.
# 100,000 `<details>` opened and none closed but the last: no line is scanned twice.
with open(f'{work}/details100k.md', 'w') as f:
    f.write('# Notes\n\n' + '<details>\n' * 100_000 + '<summary>Q?</summary>\n<pre>I did it.</pre>\n</details>\n')
# 20,000 questions answered in `<details>` blocks of HTML, read as Markdown.
repeated('details20k.md', '# Notes\n\n', 20_000,
         lambda i: f'<details>\n<summary>Tell me about a time {i}?</summary>\n<pre>\n'
                   f'<strong>SITUATION</strong>: I fixed pipeline {i}.\n<strong>RESULT</strong>: It ran.\n'
                   '</pre>\n</details>\n<br>\n\n')
# 20,000 numbered questions, each answered in the block after it, under no heading.
repeated('answers20k.md', 'Notes.\n\n', 20_000,
         lambda i: f'{i}. *Tell me about a time you fixed thing {i}?*\n\n- I fixed thing {i} and we shipped it.\n\n')
# A story's heading whose `Use for:` line lists 5,000 quoted questions, then 9,000
# stories named as its options: no option is given a copy of the list.
repeated('options9k.md',
         '### Story 1 — Many\n> Use for: '
         + ', '.join(f'"Tell me about thing {i}"' for i in range(5000)) + '\n\n**Pick one:**\n\n',
         9000, lambda i: f'**Option A — Name {i}:**\n> "I fixed thing {i} and we shipped it."\n\n')
# A numbered list of 20,000 principles in bold, each glossed, an answer nested under
# each.
repeated('numbered20k.md', '# Notes\n\n', 20_000,
         lambda i: f'{i % 16 + 1}. **Ownership**: taking it on.\n   1. How did you fix thing {i}? I traced it and I fixed it.\n')
# 9,000 examples under one heading on how to answer, each with its parts (each skipped
# as the guide's: the heading above each is found once, not by a scan per example).
repeated('examples9k.md', '# Guide\n\n## STAR method\n\n', 9000,
         lambda i: f'### Example\n\nSituation: Builds were slow {i}.\nResult: Twice as fast.\n\n')
# 9,000 questions in bold, each answered in notes' shorthand and closed by a Result
# label, after an answer about the writer; and 9,000 tools under "Tools I have worked
# on:", a line each.
repeated('shorthand9k.md',
         '# Prep\n\n## Work\n\n**Q: Tell me about yourself.**\n\nI led two teams. I moved to backend.\n\n',
         9000, lambda i: f'**Q: Tell me about a time you sped up job {i}.**\n\nThe job took two hours. '
                         f'Profiled it. Rewrote the writes. Cached the lookups.\n\nResult: nine minutes.\n\n')
repeated('tools9k.md', '# Prep\n\n## Tools I have worked on:\n\n', 9000,
         lambda i: f'* tool {i}-saw a gap and fixed it\n')
# 9,000 stories, then a table of 9,000 questions each naming its best story by name.
# 9,000 questions behind a label answered by a story (each label kept among the ignored
# lines), each followed by one over advice skipped whole (its label taken out again).
repeated('labelled9k.md', '# Prep\n\nHow you should answer: read it before you practise, and say what you did.\n\n## Answers\n\n', 9000,
         lambda i: f'**Likely opener:** Tell me about a time you fixed build {i}?\n\nI found the broken cache {i} and I rebuilt it. We shipped the fix that day.\n\n'
                   f'**Likely opener:** How should you answer question {i}?\n\nAlways pick a real failure {i}. Say what you changed afterwards.\n\n')
# 9,000 stories whose names point with an arrow to their principle.
repeated('arrows9k.md', '# Stories\n\n', 9000,
         lambda i: f'### Story {i} — "The queue {i}" → Hire & Develop the Best (+ Dive Deep)\n- **S.** The queue {i} was slow.\n- **A.** I coached a new engineer to fix it.\n- **R.** It was fast.\n\n')
# One story written up in STAR with 20,000 sections of its own under its Action, then
# 9,000 follow-up questions asked in headings of their own.
repeated('sections20k.md', '# STAR — One story\n\n## Situation\nIt was slow.\n\n## Action\n\n', 20000,
         lambda i: f'### Step {i}\nI changed part {i}.\n\n',
         '## Result\nIt was fast.\n\n## Follow-up questions\n\n'
         + ''.join(f'### Q{i}: Why step {i}?\n\nBecause of {i}.\n\n' for i in range(9000)))
# 9,000 stories told under `### STAR` below their names, then 9,000 checklists.
repeated('star9k.md', '# Stories\n\n', 9000,
         lambda i: f'## {i}) Fixed build {i}\n\n**Use for:** ownership\n\n### STAR\n\n**Situation:**\nBuild {i} broke.\n\n**Action:**\nI fixed it.\n\n',
         ''.join(f'### Story {i}: Todo\n- [ ] Drafted\n\n' for i in range(9000)))
# 9,000 stories as list items, each with its principles on the lines under its name and
# its telling indented six spaces (code, to Markdown), a principle's name alone in it.
repeated('tagged9k.md', '## Work\n\n', 9000,
         lambda i: f'- Project {i}\n      * Deliver Results: shipped it\n      * Ownership: owned it\n\n'
                   f'      Situation:\n            Thing {i} broke.\n\n            Dive Deep:\n'
                   f'                  I read the logs.\n\n')
# 4,500 questions as numbered headings, each with a line naming principles in quotation
# marks and the answer quoted under it; 4,500 stories headed by a tag in brackets.
repeated('quoted9k.md', '### Answers\n\n', 4500,
         lambda i: f'#### 2.{i} **Tell me about a time {i} broke**\n- This aligns with "Ownership" and "Dive Deep."\n\n'
                   f'  > **Situation:**\n  > Thing {i} broke.\n  >\n  > **Action:**\n  > I fixed it.\n\n',
         ''.join(f'### [Tag {i}] *(draft)*\n**S:** *(a note)* Thing {i} broke.\n**A:** I fixed it.\n\n'
                 for i in range(4500)))
# One long story told in the first person (60,000 words), then 8,000 sections that name
# no principle, each held against it as a possible retelling.
repeated('retell8k.md', '# A long story\n\n' + ''.join(
             f'I moved shard {j} to rack {j % 97} and we shipped release {j}.\n\n' for j in range(4000)),
         8000, lambda i: f'# Note {i}\n\nsome text about item {i} here.\n\n')
# 20,000 numbered principles one per line, nothing under any (a list of them).
repeated('listed20k.md', '# Notes\n\n', 20000,
         lambda i: f'{i % 9 + 1}. {["Customer Obsession", "Ownership", "Dive Deep", "Frugality"][i % 4]}\n')
# One paragraph of 20,001 lines: a topic in capitals, then a question and its answer
# in turn (notes typed with no Markdown).
repeated('asked20k.md', '# Notes\n\nTEAMWORK\n', 10000,
         lambda i: f'Tell me about a time number {i} went wrong?\nI fixed problem {i} and then I shipped the release on time.\n')
# 5,000 summaries of stories told in full below them, under the same numbers.
repeated('summed5k.md', '## Stories added\n\n', 5000,
         lambda i: f'### Story {i} — Thing {i}\n**LP: Dive Deep**\nBuilt from ticket {i}.\n\n',
         '# The stories\n\n' + ''.join(
             f'## Story {i} — Thing {i} fixed\n**LP: Dive Deep**\n\n**Situation:** It broke {i}.\n\n**Action:** I fixed it.\n\n'
             for i in range(5000)))
repeated('bestname9k.md', '# Prep\n\n', 9000,
         lambda i: f'### Fixed thing{i} quickly\n- **Situation:** It broke {i}.\n- **Action:** I fixed it.\n\n',
         '## Questions\n\n| Question | Best Story |\n|---|---|\n'
         + ''.join(f'| Tell me about a time you fixed thing {i} | thing{i} |\n' for i in range(9000)))
# 100,000 lines indented four spaces under a part's label, no code fence (plain notes
# indented for the eye): each line's nearest line above is found once.
repeated('indented100k.md', 'OWNERSHIP\n\nSituation\n\n', 100_000,
         lambda i: f'    Step {i} of the rollout went to the next region.\n')
# 9,000 names a line each under principles, the same 3,000 names under three of them,
# then 3,000 stories telling them: each name is looked up, not held against each draft.
repeated('quicknames9k.md', '', 3,
         lambda k: f'## {["Ownership", "Frugality", "Dive Deep"][k]}\n'
                   + ''.join(f'Tool number {i} rewrite\n' for i in range(3000)) + '\n',
         '## Bias for action\n\n' + ''.join(
             f'tool number {i} rewrite, i built it over a weekend and showed it on monday\n\n'
             for i in range(3000)))
# 20,000 question headings with their principles in brackets and nothing under any,
# under a heading over questions: each read as the person's own question, its heading's
# parent found once for the whole file.
repeated('emptyq20k.md', '## Ownership\n\nTook over the pipeline.\n\n## Practice questions\n\n', 20000,
         lambda i: f'### Question {i} about deadlines [deliver results]\n\n')
# 100,000 bullets indented under one line of text: found in one pass over the lines,
# each a reminder (refused past 10,000 drafts).
repeated('indentbullets100k.md', '## Ownership\n\nTough spot where you stepped in\n', 100_000,
         lambda i: f'    - reminder number {i}\n')
# 20,000 principles in capitals with their question after a colon, a case under each.
repeated('capitals20k.md', '', 20000,
         lambda i: f'\nFRUGALITY: Tell me about a time you saved money.\ncase 1\nI moved the fax line to email and we sold machine {i}.\n')
# 20,000 prompts in bold, an arrow naming principles under each, and an answer.
repeated('arrowprompts20k.md', '', 20000,
         lambda i: f'**Tell me a time you failed {i}**\n→ maps to think big, ownership\n\nI shipped late once and told the client early.\n\n')
# 9,000 counted examples beside a story the writer names with "Story:": whether the
# notes name their own story is found once for the file, not once for each example.
repeated('examples9kstory.md', '# Frugality\n\nStory: Spot instances\nS: It cost too much.\nA: I moved it.\n\n', 9000,
         lambda i: f'### Example {i}: Cost review\n**Situation**: Costs doubled\n**Action**: Reviewed instance {i}\n\n')
# 9,000 paragraphs each opening with the principle it shows, no heading over them.
repeated('shows9k.md', 'Posted in Essays\n\n', 9000,
         lambda i: f'One principle I have lived by is frugality. I fixed oven number {i} with a spare part.\n\n')
# 9,000 quoted answers, each under a line that calls it a sample answer, 200 blank
# lines between: the line above is looked for a few lines back, not to the file's start.
repeated('samples9k.md', '# Frugality\n\n', 9000,
         lambda i: 'Here is a sample answer to the question:\n\n' + '\n' * 200 + f'“I fixed oven number {i} with a spare part.”\n\n')
# A table of 9,000 rows, each naming the story to tell by its number (999 stories).
repeated('pointed9k.md', '# Prep\n\n| LP | Question | Story to use |\n|---|---|---|\n', 9000,
         lambda i: f'| **Frugality** | "Tell me about a time you saved {i}" | Story {i % 999 + 1} (spare part {i}) |\n')
# A list of 9,000 items giving the reader advice, one in every three saying nothing of
# anyone (each list's items are counted once, not once an item); and one case put to
# the reader in a paragraph of 9,000 sentences.
repeated('advice9k.md', '# Ownership\n\n**Simple words:**\n', 9000,
         lambda i: f'- Explain thing {i}, with facts.\n' if i % 3 == 0 else f'- If you think part {i} is wrong, you say so.\n')
repeated('case9k.md', '# Ownership\n\n### **Example: A long case**\n\n**Scenario:** ', 9000,
         lambda i: f'You find that job {i} is slow and it is costly to fix. ', '\n')
# 9,000 items each naming a story and, after a dash, the principles it shows.
repeated('dashed9k.md', 'Notes\n\n', 9000,
         lambda i: f'- Story number {i} - dive deep, ownership (remark {i}), bias for action\n')
# One story's dossier of 9,000 sections each a short telling of it; a card whose LP
# line names 9,000 principles in a remark; a numbered list of 9,000 of the writer's own
# principles, glossed, one of them Amazon's.
repeated('dossier9k.md', '# K-9 - The long dossier\n\n', 9000,
         lambda i: f'## Short version {i}\n\nI fixed thing number {i} and I shipped it the same day.\n\n')
with open(f'{work}/remark9k.md', 'w') as f:
    f.write('# Q: Tell me about a time you saved money.\n\n> **LP**: Mixed (')
    f.write(' + '.join(['Frugality', 'Earn Trust', 'Dive Deep'] * 3000))
    f.write(')\n> **Primary story**: The cache\n\n## How to tell it\n\n### Situation\n\nI cut the bill.\n')
repeated('ownlist9k.md', 'What guides me:\n\n', 9000,
         lambda i: ('  5. Think big\n\n' if i == 4500 else f'  {i % 90 + 1}. Rule {i}\n\n') + f'    gloss {i}.\n\n')
# Plain notes with no heading: 9,000 questions, each over a line of the writer's
# shorthand for its story.
repeated('reminders9k.md', '', 9000,
         lambda i: f'Tell me about a time you fixed thing number {i}\nfix {i}. drove it alone. cut the time to a day.\n\n')
# 9,000 question headings, each answered by a paragraph of lettered parts in its running
# text, `(S) … (T) … (A) … (R) …`; then one paragraph of 100,000 opening brackets.
repeated('lettered9k.md', '', 9000,
         lambda i: f'### {i}. Tell me about a time you fixed thing {i}?\n(S) Thing {i} broke. (T) I had to fix it. (A) I read the logs. (R) It works.\n\n',
         '(S) ' + '(' * 100_000 + '\n')
# 9,000 numbered names, each alone over its labelled parts in a list of their own.
repeated('itemnames9k.md', '# Prep\n\n', 9000,
         lambda i: f'{i % 99 + 1}. STAR — Cutover {i}\n\n- Situation: System {i} was slow.\n- Task: Fix it.\n'
                   f'- Actions: I moved job {i} off the main server.\n- Results: It ran in a minute.\n\n')
# 4,500 stories named in bold by number, then 4,500 bold questions, each with an arrow
# to two of them (`→ **Use:** Story i or Story j`).
repeated('usestory9k.md', '# Prep\n\n', 4500,
         lambda i: f'**Story {i}: Cutover {i}**\n\n**Situation:** System {i} was slow.\n\n'
                   f'**Action:** I moved job {i} off the main server.\n\n**Result:** It ran in a minute.\n\n',
         '## Questions\n\n' + ''.join(
             f'**Q: "Tell me about a time you fixed thing {i}."**\n→ **Use:** Story {i} (Cutover {i}) or Story {(i + 1) % 4500}\n\n'
             for i in range(4500)))
# 20,000 answers with no heading, each followed by a rehearsed exchange whose last line
# the next answer is pasted right under; then 50,000 lines of one exchange with no
# answer above it, one paragraph.
repeated('exchanges20k.md', '', 20000,
         lambda i: f'At the depot {i}, I fixed the scanner network after the night shift lost a third of its scans, moved three access points and wrote a check; no scans were lost that month.\n\n'
                   f'**Scenario with a Lead:**\n\n**Lead**: "How did you find fault {i}?"\n\n**You**: "Like a plumber with dye {i}."\n')
repeated('spoken50k.md', '', 50000, lambda i: f'**Lead**: "Why {i}?"\n**You**: "Because {i}."\n')
# A story's parts run on in one paragraph under plain labels: 50,000 of them in one
# paragraph, and 9,000 stories told so.
PARTS = ['Problem: the queue stalled on Mondays.', 'Solution: I moved the heavy jobs to the night.',
         'Built: a small scheduler.', 'Learned: measure before moving.']
with open(f'{work}/inline50k.md', 'w') as f:
    f.write('# Notes\n\n### Interview story\n')
    f.write(' '.join(PARTS[i % 4] for i in range(50000)))
    f.write('\n')
# A section that names the questions it answers, 200,000 blank lines under its
# heading, then 9,000 challenges told under it: how the section opens is found once.
repeated('asked9k.md',
         '# Notes\n\n## Challenges and how I solved them\n' + '\n' * 200_000
         + '*Use this when they ask: "What problems did you run into?"*\n\n', 9000,
         lambda i: f'### Challenge {i} — the queue\n\n"The queue {i} stalled every night. '
                   f'I moved job {i} to the morning. The stalls stopped."\n\n')
# 9,000 stories in sections numbered and named by their parts, a remark after a dash.
repeated('remarked9k.md', '', 9000,
         lambda i: f'# Story {i}\n\n## 1. SITUATION — what broke\n\nThe queue {i} stalled.\n\n'
                   f'## 2. ACTION — what I did\n\nI moved job {i} to the night.\n\n'
                   f'## 3. RESULT — what changed\n\nThe stalls stopped.\n\n')
# A plan made for one named person, its story bank a table of 9,000 rows told to
# "you", each naming its principles: the reader's name is looked for once, and each
# row's bank heading by its parents.
repeated('bank9k.md',
         '# Interview plan\n## For Ana Lima\n\nYou should practise every day, and you should '
         'time your answers.\n\n### Build a story bank\n\n'
         '| Story ID | What happened | LPs it covers |\n|---|---|---|\n', 9000,
         lambda i: f'| **Story-{i}** | When you rewrote the rota bot {i} | Ownership, Dive Deep |\n',
         '\nGood luck, Ana!\n')
# 9,000 stories each told twice under its heading (`### Screen version`, then
# `### Technical STAR`), each saying it is the same story as the one before it.
repeated('tellings9k.md', '', 9000,
         lambda i: f'## Story {i}: the queue {i} (Same story as #{max(i - 1, 0)})\n\n'
                   f'### Screen version (plain, 60 s)\n\n1. **Situation:** The queue {i} stalled.\n'
                   f'2. **Result:** It ran again.\n\n### Technical STAR (2 min)\n\n'
                   f'**S** — Job {i} ran at noon.\n\n**R** — The stalls stopped.\n\n')
# 9,000 questions of a guide, each over the fields it fills for every question
# (`- Focus on: …`) and a note beside them: the repeated labels are counted once.
repeated('fields9k.md', '# Common behavioral questions\n\n', 9000,
         lambda i: f'**Q: Tell me about a time you fixed thing {i}.**\n- Focus on: calm, data {i}\n'
                   f'- Good answer has: names, dates, outcome {i}\n\n')
# 9,000 coding problems, each a task, a plan to say and a fence of Python: each
# draft's code lines are gathered once.
repeated('coding9k.md', '# Coding round\n\n', 9000,
         lambda i: f'## Problem {i} — Merge list {i}\n\n**Task:** Merge the intervals of list {i}.\n\n'
                   f'**Approach to say out loud:**\n> "I\'ll sort list {i}, then sweep once."\n\n'
                   f'```python\ndef merge_{i}(xs):\n    return sorted(xs)\n```\n\n')
# 9,000 topics of an empty story bank, each over its questions: a heading over
# questions alone reads back only to its own questions.
repeated('topics9k.md', '# Story bank\n\nNo story is written yet; the questions below are ready.\n\n## Categories\n\n', 9000,
         lambda i: f'### {i}. Topic {i}\n- What happened on day {i}? Who was there?\n- Where were you on day {i}?\n\n')
# 9,000 follow-ups answered with how a thing works, no one in it.
repeated('describe9k.md', '# Project notes\n\n## Follow-up questions\n\n', 9000,
         lambda i: f'**Q: How did you handle part {i}?**\n*A: The service {i} keeps each key in the vault, and the '
                   f'gateway checks every token against it. The client can never see key {i}.*\n\n')
# 9,000 questions each asked once over two stories, then 9,000 stories in a run told
# alike, under a title that names stories: a question over stories is given to each
# under it, and a story in a run reads only the story before it.
repeated('shared9k.md', '# Interview Stories\n\n', 9000,
         lambda i: f'## "What was the hardest part of project {i}?"\n\nPick any one:\n\n'
                   f'### Story A: cache {i}\n\n**Situation:** Page {i} was slow.\n\n**Action:** I cached it.\n\n'
                   f'### Story B: index {i}\n\n**Situation:** Query {i} timed out.\n\n**Action:** I added an index.\n\n')
repeated('run9k.md', '# Interview Stories\n\n', 9000,
         lambda i: f'## {i}. Queue {i}\n\nThe queue {i} stalled every night. Support escalated it twice. '
                   f'I moved job {i} to the morning. The stalls stopped for a month.\n\n')
# 9,000 stories in plain notes, each named between two rules of `═`, its parts under
# labels set between dashes; then 9,000 questions in Korean, each answered in a
# quotation and followed by a comment on why the answer works.
repeated('drawn9k.md', 'Stories\n\n', 9000,
         lambda i: f'══════════\nStory {i}: queue {i}\n══════════\n\n── SITUATION ──\nQueue {i} stalled.\n\n'
                   f'── ACTION ──\nI moved job {i}.\n\n── RESULT ──\nIt ran.\n\n')
repeated('korean9k.md', '# 면접 질문\n\n', 9000,
         lambda i: f'### Q{i}. 가장 어려웠던 문제 {i}는 무엇이었고, 어떻게 해결했나요?\n\n'
                   f'> "작업 {i}이 멈췄습니다.\n>\n> 로그를 확인했고 작업을 나눴습니다. 다시 멈추지 않았습니다."\n\n'
                   f'**왜 이 답변?**\n- 구조 {i}\n- 결과 {i}\n\n')
repeated('inline9k.md', '# Notes\n\n', 9000,
         lambda i: f'### Interview story {i}\nProblem: the queue {i} stalled. Solution: I moved job {i} '
                   f'to the night. Learned: measure {i} first.\n\n')
# 200,000 blank lines before the first heading: a line alone in its paragraph is
# looked at as a principle's title only when it is a name.
with open(f'{work}/blank200k.md', 'w') as f:
    f.write('\n' * 200_000 + '## Ownership\n\nI fixed it.\n')
with open(f'{work}/names20k.md', 'w') as f:
    f.write('## Story: the long line\n\n**Situation:** It broke.\n\n**LPs:** ')
    f.write(', '.join(['ownership'] * 20_000) + '\n')
with open(f'{work}/front20k.md', 'w') as f:
    f.write('+++\ntitle = "big"\nlp = [' + ', '.join(['"ownership"'] * 20_000) + ']\n')
    for i in range(100_000):
        f.write(f'k{i} = "v{i}"\n')
    f.write('+++\n\n#### S\nIt broke.\n')
# 20,000 stories, then 20,000 lines each naming two of them (pointers to stories told
# above).
stories_then(f'{work}/pointers20k.md', 20_000, 'I fixed thing {i} in the build.',
             (20_000, lambda i: f'## Pointer {i}\n\nStory {i}, Story {(i + 1) % 20_000}\n\n'))
# 9,000 stories (the most one import makes is 10,000), then a table of 9,000 rows naming
# them and their principles, or 9,000 lines saying which story to tell for a question.
stories_then(f'{work}/rows9k.md', 9000, 'I fixed thing {i} in the build.',
             (9001, lambda i: '| Story | LP | Also |\n|---|---|---|\n' if i == 0
              else f'| Thing {i - 1} fix | Ownership | Dive Deep |\n'))
stories_then(f'{work}/told9k.md', 9000, 'I fixed thing {i} in the build.',
             (9000, lambda i: f'- "Tell me about a time you fixed {i}" — use the thing {i} story\n'))
# 16 MiB of tiny sections.
with open(f'{work}/tiny16m.md', 'w') as f:
    f.write('# Ownership\n\n')
    n = 0
    while n < 16 * 1024 * 1024 - 100:
        s = '## a\n\nb\n\n'
        f.write(s)
        n += len(s)
# 10,000 principles and 8,000 stories, each linked to three of them.
lib = f'{work}/wide'
os.makedirs(f'{lib}/principles'); os.makedirs(f'{lib}/stories')
with open(f'{lib}/principles/wide.yaml', 'w') as f:
    f.write('set: Wide\nprinciples:\n')
    for i in range(10_000):
        f.write(f'  - id: p{i}\n    name: Principle {i}\n    questions: [Tell me about {i}.]\n')
for i in range(8000):
    ps = ', '.join(f'p{rng.randrange(10_000)}' for _ in range(3))
    with open(f'{lib}/stories/s{i}.yaml', 'w') as f:
        f.write(f'title: Story {i}\nprinciples: [{ps}]\nsituation: Once, {letters(8)}.\nresult: It worked {i} times.\n')
PY
measure() {
  local name=$1; shift
  /usr/bin/time -f "| $name | %e s | %M KiB |" "$@" > /dev/null 2> "$work/time.txt" || true
  tail -n 1 "$work/time.txt"
}
echo "| case | time | peak memory |"
echo "| --- | ---: | ---: |"
measure "find: 100,000 distinct words (argv)" sh -c "$lp find \$(cat $work/words100k.txt)"
measure "find: 64 KiB on standard input" sh -c "$lp find < $work/words100k.txt"
for notes in drafts5000 nonlatin4000; do
  "$lp" init "$work/lib-$notes" > /dev/null
  measure "import --write: $notes, first" "$lp" --dir "$work/lib-$notes" import "$work/$notes.md" --write
  measure "import --write: $notes, again" "$lp" --dir "$work/lib-$notes" import "$work/$notes.md" --write
done
"$lp" init "$work/lib-refs" > /dev/null
measure "import: 150,000 references" "$lp" --dir "$work/lib-refs" import "$work/refs200k.md"
measure "import: a line naming 20,000 principles" "$lp" --dir "$work/lib-refs" import "$work/names20k.md"
measure "import: front matter listing 20,000 principles, 100,000 keys" "$lp" --dir "$work/lib-refs" import "$work/front20k.md"
measure "import: 20,000 lines naming stories told above" "$lp" --dir "$work/lib-refs" import "$work/pointers20k.md"
measure "import: a table of 9,000 rows naming stories told above" "$lp" --dir "$work/lib-refs" import "$work/rows9k.md"
measure "import: 9,000 lines naming the story to tell for a question" "$lp" --dir "$work/lib-refs" import "$work/told9k.md"
measure "import: 100,000 details tags opened, one closed" "$lp" --dir "$work/lib-refs" import "$work/details100k.md"
measure "import: 20,000 questions answered in HTML details blocks" "$lp" --dir "$work/lib-refs" import "$work/details20k.md"
measure "import: 20,000 questions answered one after another, no heading" "$lp" --dir "$work/lib-refs" import "$work/answers20k.md"
measure "import: 9,000 options under a heading listing 5,000 questions" "$lp" --dir "$work/lib-refs" import "$work/options9k.md"
measure "import: 20,000 numbered principles in bold, an answer under each (refused: over 10,000 drafts)" "$lp" --dir "$work/lib-refs" import "$work/numbered20k.md"
measure "import: 9,000 examples under a heading on how to answer" "$lp" --dir "$work/lib-refs" import "$work/examples9k.md"
measure "import: 9,000 shorthand answers to questions in bold" "$lp" --dir "$work/lib-refs" import "$work/shorthand9k.md"
measure "import: 9,000 tools under a heading that says the writer made them" "$lp" --dir "$work/lib-refs" import "$work/tools9k.md"
measure "import: 9,000 stories then 9,000 questions naming the best story by name" "$lp" --dir "$work/lib-refs" import "$work/bestname9k.md"
measure "import: 9,000 labelled questions answered, 9,000 over advice skipped whole" "$lp" --dir "$work/lib-refs" import "$work/labelled9k.md"
measure "import: 9,000 stories named with an arrow to their principle" "$lp" --dir "$work/lib-refs" import "$work/arrows9k.md"
measure "import: one story with 20,000 sections under its Action, 9,000 follow-ups in headings" "$lp" --dir "$work/lib-refs" import "$work/sections20k.md"
measure "import: 9,000 stories under STAR headings, 9,000 checklists" "$lp" --dir "$work/lib-refs" import "$work/star9k.md"
measure "import: 9,000 stories as items with their principles under their names" "$lp" --dir "$work/lib-refs" import "$work/tagged9k.md"
measure "import: 4,500 answers quoted under lines naming principles, 4,500 tagged stories" "$lp" --dir "$work/lib-refs" import "$work/quoted9k.md"
measure "import: one 60,000-word story, then 8,000 sections naming no principle" "$lp" --dir "$work/lib-refs" import "$work/retell8k.md"
measure "import: 20,000 numbered principles one per line, nothing under any" "$lp" --dir "$work/lib-refs" import "$work/listed20k.md"
measure "import: one paragraph of 20,001 lines, questions each answered on the line under it" "$lp" --dir "$work/lib-refs" import "$work/asked20k.md"
measure "import: 5,000 summaries of stories told in full under the same numbers" "$lp" --dir "$work/lib-refs" import "$work/summed5k.md"
measure "import: 100,000 lines indented for the eye under a part's label" "$lp" --dir "$work/lib-refs" import "$work/indented100k.md"
measure "import: 9,000 names a line each under three principles, 3,000 stories naming them" "$lp" --dir "$work/lib-refs" import "$work/quicknames9k.md"
measure "import: 200,000 blank lines, then one story" "$lp" --dir "$work/lib-refs" import "$work/blank200k.md"
measure "import: 20,000 empty question headings with principles in brackets" "$lp" --dir "$work/lib-refs" import "$work/emptyq20k.md"
measure "import: 100,000 bullets indented under one line (refused: over 10,000 drafts)" "$lp" --dir "$work/lib-refs" import "$work/indentbullets100k.md"
measure "import: 20,000 principles in capitals with their question, a case under each (refused: over 10,000 drafts)" "$lp" --dir "$work/lib-refs" import "$work/capitals20k.md"
measure "import: 20,000 prompts in bold with an arrow naming principles (refused: over 10,000 drafts)" "$lp" --dir "$work/lib-refs" import "$work/arrowprompts20k.md"
measure "import: 9,000 counted examples beside a story named with Story:" "$lp" --dir "$work/lib-refs" import "$work/examples9kstory.md"
measure "import: 9,000 paragraphs each naming the principle it shows, no heading" "$lp" --dir "$work/lib-refs" import "$work/shows9k.md"
measure "import: 9,000 quoted sample answers, each 200 blank lines under its lead-in" "$lp" --dir "$work/lib-refs" import "$work/samples9k.md"
measure "import: a table of 9,000 rows naming the story to tell by its number" "$lp" --dir "$work/lib-refs" import "$work/pointed9k.md"
measure "import: a list of 9,000 items of advice, a third saying nothing of anyone" "$lp" --dir "$work/lib-refs" import "$work/advice9k.md"
measure "import: a case put to the reader in 9,000 sentences" "$lp" --dir "$work/lib-refs" import "$work/case9k.md"
measure "import: 9,000 items naming a story and its principles after a dash" "$lp" --dir "$work/lib-refs" import "$work/dashed9k.md"
measure "import: one story's dossier of 9,000 sections" "$lp" --dir "$work/lib-refs" import "$work/dossier9k.md"
measure "import: a card's LP line naming 9,000 principles in a remark" "$lp" --dir "$work/lib-refs" import "$work/remark9k.md"
measure "import: 9,000 of the writer's own numbered principles, glossed, one Amazon's" "$lp" --dir "$work/lib-refs" import "$work/ownlist9k.md"
measure "import: 9,000 questions with no heading, each over a one-line reminder" "$lp" --dir "$work/lib-refs" import "$work/reminders9k.md"
measure "import: 20,000 answers, each with a rehearsed exchange the next is pasted under (refused: over 10,000 drafts)" "$lp" --dir "$work/lib-refs" import "$work/exchanges20k.md"
measure "import: one exchange of 100,000 lines, no answer above it" "$lp" --dir "$work/lib-refs" import "$work/spoken50k.md"
measure "import: one paragraph of 50,000 parts under plain labels run on" "$lp" --dir "$work/lib-refs" import "$work/inline50k.md"
measure "import: 9,000 stories in parts under plain labels run on, a paragraph each" "$lp" --dir "$work/lib-refs" import "$work/inline9k.md"
measure "import: 9,000 challenges under a section naming its questions after 200,000 blank lines" "$lp" --dir "$work/lib-refs" import "$work/asked9k.md"
measure "import: 9,000 stories in numbered part headings with a remark after a dash" "$lp" --dir "$work/lib-refs" import "$work/remarked9k.md"
measure "import: a story bank table of 9,000 rows told to you, in a plan for a named reader" "$lp" --dir "$work/lib-refs" import "$work/bank9k.md"
measure "import: 9,000 stories each told twice, each the same as the one before" "$lp" --dir "$work/lib-refs" import "$work/tellings9k.md"
measure "import: 9,000 questions of a guide, each over the fields it fills for every question" "$lp" --dir "$work/lib-refs" import "$work/fields9k.md"
measure "import: 9,000 coding problems, each a task, a plan and a fence of Python" "$lp" --dir "$work/lib-refs" import "$work/coding9k.md"
measure "import: 9,000 topics of an empty story bank, each over its questions" "$lp" --dir "$work/lib-refs" import "$work/topics9k.md"
measure "import: 9,000 follow-ups answered with how a thing works, no one in it" "$lp" --dir "$work/lib-refs" import "$work/describe9k.md"
measure "import: 9,000 questions each asked over two stories under it" "$lp" --dir "$work/lib-refs" import "$work/shared9k.md"
measure "import: 9,000 stories in a run told alike, one paragraph each" "$lp" --dir "$work/lib-refs" import "$work/run9k.md"
measure "import: 9,000 stories in plain notes named between rules, parts between dashes" "$lp" --dir "$work/lib-refs" import "$work/drawn9k.md"
measure "import: 9,000 questions in Korean answered in quotations, each with a comment" "$lp" --dir "$work/lib-refs" import "$work/korean9k.md"
measure "import: 9,000 answers told in lettered parts in their running text" "$lp" --dir "$work/lib-refs" import "$work/lettered9k.md"
measure "import: 9,000 numbered names, each over a list of labelled parts" "$lp" --dir "$work/lib-refs" import "$work/itemnames9k.md"
measure "import: 4,500 stories named by number, 4,500 questions each pointing to two" "$lp" --dir "$work/lib-refs" import "$work/usestory9k.md"
measure "import: 16 MiB of tiny sections (refused: too many blocks)" "$lp" --dir "$work/lib-refs" import "$work/tiny16m.md"
measure "export --html: 10,000 principles x 8,000 stories" "$lp" --dir "$work/wide" export --format html
measure "plan: 10,000 principles x 8,000 stories" "$lp" --dir "$work/wide" plan
ls -l "$work/wide" > /dev/null
