#!/usr/bin/python3
"""Start-up of `translint check`: a 1 KB file, and a 10 KB draft from standard input.

    bench/startup.py BINARY ARTICLE [RUNS]

Both texts are the start of ARTICLE (real news) with one planted finding
("Sadyr Zhaparov", names/non-preferred) as the last line. Every run must exit
with 1 (findings) and report that finding, else the benchmark stops. Prints the
median, min, 90th percentile and max wall time of RUNS runs (after 3 warm-ups,
which also fill the cache folder), in ms; and the 1 KB file once more with no
cache folder (TRANSLINT_NO_CACHE=1: Hunspell loaded, schemes compiled, every
name expanded and every example verified on each start).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def text_of(article, size):
    body = open(article, encoding="utf-8").read()
    cut = body[:size]
    cut = cut[: cut.rfind("\n") + 1] if "\n" in cut else cut
    return cut + "Sadyr Zhaparov spoke.\n"


def measure(command, stdin, runs, env=None):
    times = []
    for i in range(runs + 3):
        start = time.perf_counter()
        done = subprocess.run(command, input=stdin, capture_output=True, env=env)
        elapsed = time.perf_counter() - start
        if done.returncode != 1 or b"[names/non-preferred]" not in done.stdout:
            sys.exit(f"bench: {' '.join(command)} exited with {done.returncode}:\n{done.stdout.decode()}{done.stderr.decode()}")
        if i >= 3:
            times.append(elapsed * 1000)
    times.sort()
    p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
    return f"median {statistics.median(times):.1f} ms (min {times[0]:.1f}, p90 {p90:.1f}, max {times[-1]:.1f})"


def main():
    binary, article = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as small:
        small.write(text_of(article, 1000))
        small.flush()
        print("start-up, 1 KB file:             ", measure([binary, "check", small.name], None, runs), "(target <= 50 ms)")
        cold = dict(os.environ, TRANSLINT_NO_CACHE="1")
        print("start-up, 1 KB file, no cache:   ", measure([binary, "check", small.name], None, runs, cold))
    draft = text_of(article, 10000).encode()
    print("start-up, 10 KB draft from stdin:", measure([binary, "check", "-"], draft, runs), "(target <= 60 ms)")


main()
