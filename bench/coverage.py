#!/usr/bin/env python3
"""What a user would otherwise write: coverage of a library with PyYAML's C loader.

usage: coverage.py FOLDER
"""
import os
import re
import sys
from collections import Counter

import yaml

folder = os.path.join(sys.argv[1], "stories")
counts = Counter()
for name in sorted(os.listdir(folder)):
    if not name.endswith(".yaml"):
        continue
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        story = yaml.load(f, Loader=yaml.CLoader)
    for principle in story.get("principles") or []:
        counts[re.sub(r"[^a-z0-9]+", "-", str(principle).lower()).strip("-")] += 1
for principle, n in sorted(counts.items()):
    print(f"{principle}: {n}")
