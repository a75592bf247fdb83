#!/usr/bin/env python3
"""spelling/unknown-word on real machine translation: how many infos, and how many are right.

  bench/spelling_noise.py [CORPORA_DIR] [--sample N] [--seed S] [--set wmt22-ru-en-news]
  defaults: ../shared/data/corpora, wmt21-ru-en (the tuning set; wmt22-ru-en-news is the report set)

Reads the MT outputs of every WMT ru-en document of the set as one JSON
Lines archive, a record per system and document, and prints the spelling infos per
10,000 words, split into capitalized and lower-case words. --sample prints N
findings drawn at random (seeded) with their context, for a hand check of precision.
Exits non-zero when translint fails (exit 2) or prints no JSON.
"""
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "build", "translint")
CHECK = "spelling/unknown-word"


def mt_archive(source, target):
    words = 0
    texts = {}
    with open(source, encoding="utf-8") as f, open(target, "w", encoding="utf-8") as out:
        for line in f:
            doc = json.loads(line)
            for system, sentences in sorted(doc["en_mt"].items()):
                text = "\n".join(sentences)
                words += len(text.split())
                record_id = f"{doc['id']}/{system}"
                texts[record_id] = text
                out.write(json.dumps({"id": record_id, "outlet": system, "text": text}, ensure_ascii=False) + "\n")
    return words, texts


def main():
    args = sys.argv[1:]
    sample = int(args[args.index("--sample") + 1]) if "--sample" in args else 0
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1
    corpus = args[args.index("--set") + 1] if "--set" in args else "wmt21-ru-en"
    positional = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or not args[i - 1].startswith("--"))]
    corpora = positional[0] if positional else os.path.join(ROOT, "..", "shared", "data", "corpora")
    with tempfile.TemporaryDirectory() as tmp:
        archive = os.path.join(tmp, "mt.jsonl")
        words, _ = mt_archive(os.path.join(corpora, corpus, "docs.jsonl"), archive)
        out = subprocess.run([BINARY, "check", "--format", "json", archive],
                             capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"translint failed ({out.returncode}): {out.stderr}")
        found = [d for d in json.loads(out.stdout)["diagnostics"] if d["check"] == CHECK]
        with open(archive, encoding="utf-8") as f:
            lines = f.read().split("\n")
    kinds = collections.Counter("capitalized" if d["text"][:1].isupper() else "lower-case" for d in found)
    print(f"{corpus} MT outputs: {words:,} words, {len(found)} {CHECK} findings, "
          f"{len(found) * 10000 / words:.2f} per 10,000 words")
    for kind in ("capitalized", "lower-case"):
        print(f"  {kind}: {kinds[kind]} ({kinds[kind] * 10000 / words:.2f} per 10,000 words)")
    if sample:
        random.Random(seed).shuffle(found)
        for d in found[:sample]:
            record = json.loads(lines[d["line"] - 1])["text"]
            at = record.find(d["text"])
            context = record[max(0, at - 50):at + len(d["text"]) + 30].replace("\n", " ")
            print(f"- `{d['text']}` -> {d['suggestions'][:1]} | ...{context}...")


if __name__ == "__main__":
    main()
