#!/usr/bin/env python3
"""Writes a synthetic lp library of N realistic stories, the same every time.

usage: generate.py N FOLDER

Each story is about 1.5 KB: a title, one to three principles (ids, names and aliases
mixed, as people write them), a status, tags, and Situation, Task, Action, Result and
Learned of realistic length in block scalars.
"""
import os
import random
import sys

PRINCIPLES = [
    "customer-obsession", "Ownership", "invent-and-simplify", "Are Right, A Lot",
    "learn-and-be-curious", "Hire and Develop the Best", "Insist on Highest Standards",
    "think-big", "Bias for Action", "frugality", "earn-trust", "Dive Deep",
    "Disagree and Commit", "deliver-results", "Earth's Best Employer",
    "success-and-scale-bring-broad-responsibility",
]
WORDS = (
    "the team release pipeline customer cache migration latency outage review design "
    "metric dashboard incident budget deadline service database alert runbook vendor "
    "ticket support feature launch quarter cost error rate build deploy test queue "
    "I we traced measured proposed wrote shipped reduced moved owned asked agreed "
    "found fixed cut doubled halved within weeks days hours percent users nightly"
).split()


def sentence(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def block(rng, sentences, width=14):
    lines = [sentence(rng, rng.randint(width - 4, width + 4)) for _ in range(sentences)]
    return "".join(f"  {line}\n" for line in lines)


def story(rng, n):
    principles = rng.sample(PRINCIPLES, rng.randint(1, 3))
    return (
        f"title: \"Story {n}: {sentence(rng, 6)[:-1]}\"\n"
        "principles:\n" + "".join(f"  - {p}\n" for p in principles)
        + f"status: {rng.choice(['draft', 'ready'])}\n"
        + f"when: \"{rng.randint(2012, 2026)}\"\n"
        + f"tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]\n"
        + "situation: |\n" + block(rng, 2)
        + "task: |\n" + block(rng, 1)
        + "action: |\n" + block(rng, 5)
        + "result: |\n" + block(rng, 2)
        + "learned: |\n" + block(rng, 1)
    )


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    stories = os.path.join(folder, "stories")
    os.makedirs(stories, exist_ok=True)
    rng = random.Random(20261124)
    for n in range(count):
        with open(os.path.join(stories, f"story-{n:06}.yaml"), "w") as f:
            f.write(story(rng, n))


if __name__ == "__main__":
    main()
