#!/usr/bin/env python3
"""Findings per 10,000 words, per check, on real news.

  bench/precision.py [CORPORA_DIR]      default: ../shared/data/corpora

Runs `build/translint check --format json` with the shipped tables over
  - bbc-news-2004: native English news (no translation): every finding there is
    a false positive of an artifact check, so this measures precision;
  - wmt21-ru-en: the same Russian news translated by 10 MT systems and by
    professional translators (references A and B), side by side.
and prints one table per corpus. "warn" counts warning and error findings,
"info" the info ones. Artifact checks exclude names/*, spelling/* and input/*.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "build", "translint")


def write_docs(folder, docs):
    os.makedirs(folder, exist_ok=True)
    words = 0
    for i, text in enumerate(docs):
        with open(os.path.join(folder, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        words += len(text.split())
    return words


def run(folder):
    out = subprocess.run([BINARY, "check", "--format", "json", "--rules", os.path.join(ROOT, "rules"), folder],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"translint failed ({out.returncode}): {out.stderr}")
    counts = collections.defaultdict(lambda: [0, 0])
    for d in json.loads(out.stdout)["diagnostics"]:
        counts[d["check"]][0 if d["severity"] in ("warning", "error") else 1] += 1
    return counts


def is_artifact(check):
    return not check.startswith(("names/", "spelling/", "input/"))


def table(title, columns):
    """columns: list of (name, words, counts)."""
    print(f"\n## {title}")
    print("words: " + ", ".join(f"{name} {words:,}" for name, words, _ in columns))
    checks = sorted({c for _, _, counts in columns for c in counts})
    header = "| check | " + " | ".join(f"{name} warn | {name} info" for name, _, _ in columns) + " |"
    print(header)
    print("|---|" + "---|---|" * len(columns))
    for check in checks:
        cells = []
        for _, words, counts in columns:
            warn, info = counts.get(check, [0, 0])
            cells += [f"{warn * 10000 / words:.2f}", f"{info * 10000 / words:.2f}"]
        print(f"| {check} | " + " | ".join(cells) + " |")
    cells = []
    for _, words, counts in columns:
        warn = sum(v[0] for c, v in counts.items() if is_artifact(c))
        info = sum(v[1] for c, v in counts.items() if is_artifact(c))
        cells += [f"**{warn * 10000 / words:.2f}**", f"**{info * 10000 / words:.2f}**"]
    print("| **all artifact checks** | " + " | ".join(cells) + " |")


def main():
    corpora = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "corpora")
    with tempfile.TemporaryDirectory() as tmp:
        bbc = [json.loads(l)["text"] for l in open(os.path.join(corpora, "bbc-news-2004", "articles.jsonl"), encoding="utf-8")]
        words = write_docs(os.path.join(tmp, "bbc"), bbc)
        table("BBC News 2004 (native English), findings per 10,000 words", [("BBC", words, run(os.path.join(tmp, "bbc")))])

        mt, human = [], []
        for line in open(os.path.join(corpora, "wmt21-ru-en", "docs.jsonl"), encoding="utf-8"):
            doc = json.loads(line)
            for ref in doc["en_ref"].values():
                if ref:
                    human.append("\n".join(ref))
            for segments in doc["en_mt"].values():
                mt.append("\n".join(segments))
        mt_words = write_docs(os.path.join(tmp, "mt"), mt)
        human_words = write_docs(os.path.join(tmp, "human"), human)
        table("WMT21 ru-en, findings per 10,000 words: 10 MT systems vs human references",
              [("MT", mt_words, run(os.path.join(tmp, "mt"))), ("human", human_words, run(os.path.join(tmp, "human")))])


if __name__ == "__main__":
    main()
