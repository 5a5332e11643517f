#!/usr/bin/env python3
"""The times of lp's reports beside `lp coverage`'s, taken in turns.

hyperfine (bench/run.sh) runs every run of one command before the next command; on a
machine whose speed drifts (a shared virtual machine), a slow minute then falls on one
command and the ratios between commands swing by a third. Here each round runs every
command once, in turn, so drift falls on all of them alike; the medians and their
ratios to coverage's are printed as a Markdown table, with the median of each round's
own ratio (a command's time over coverage's in the same round, seconds apart), which
drift between rounds does not move.

usage: [ROUNDS=25] bench/ratios.py LIBRARY [LP ...]      (default LP: target/release/lp)
       bench/ratios.py target/bench/lib-10000 target/bench/before-target/release/lp target/release/lp
"""

import os
import statistics
import subprocess
import sys
import time

ROUNDS = int(os.environ.get("ROUNDS", "25"))
COMMANDS = ["coverage", "check", "list", "export"]


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    library = sys.argv[1]
    binaries = sys.argv[2:] or ["target/release/lp"]
    runs = {(b, c): [b, "--dir", library, c] for b in binaries for c in COMMANDS}
    times: dict = {key: [] for key in runs}
    with open(os.devnull, "w") as devnull:
        for argv in runs.values():  # warm the page cache
            subprocess.run(argv, stdout=devnull, stderr=devnull, check=True)
        for _ in range(ROUNDS):
            for key, argv in runs.items():
                start = time.perf_counter()
                subprocess.run(argv, stdout=devnull, stderr=devnull, check=True)
                times[key].append(time.perf_counter() - start)
    print(f"{ROUNDS} rounds, each command once a round, in turn.\n")
    print("| lp | command | median [ms] | min [ms] | of coverage's median | median of the rounds' ratios |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for b in binaries:
        coverage = statistics.median(times[(b, "coverage")])
        for c in COMMANDS:
            t = times[(b, c)]
            rounds = [x / y for x, y in zip(t, times[(b, "coverage")])]
            print(
                f"| {b} | {c} | {statistics.median(t) * 1000:.1f} | {min(t) * 1000:.1f} "
                f"| {statistics.median(t) / coverage:.2f}× | {statistics.median(rounds):.2f}× |"
            )


if __name__ == "__main__":
    main()
