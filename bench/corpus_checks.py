#!/usr/bin/env python3
"""The corpus checks (names/inconsistent-across, names/unlisted-variants-across)
on real news, run as archives: every article its own document.

  bench/corpus_checks.py [CORPORA_DIR] [--list]     default: ../shared/data/corpora

  - bbc-news-2004: 2,225 native-English BBC articles (no translation), read as the
    JSON Lines archive they are. Prints the corpus checks' warnings per 10,000 words
    (target: at most 0.2 for the two together).
  - wmt21-ru-en: every Russian document's two human references and ten MT outputs,
    each a record of one JSON Lines archive (outlet = the reference or system), so
    the same stories are told with names spelled differently. Prints the counts;
    --list prints every finding (document, spelling, majority) for a hand check.
Exits non-zero when translint fails (exit 2) or prints no JSON.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "build", "translint")
CORPUS_CHECKS = ("names/inconsistent-across", "names/unlisted-variants-across")


def check(path):
    out = subprocess.run([BINARY, "check", "--format", "json", path], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"translint failed ({out.returncode}): {out.stderr}")
    return json.loads(out.stdout)["diagnostics"]


def words_of(path):
    with open(path, encoding="utf-8") as f:
        return sum(len(json.loads(line)["text"].split()) for line in f if line.strip())


def report(title, path, listing):
    diagnostics = check(path)
    words = words_of(path)
    counts = collections.Counter(d["check"] for d in diagnostics if d["check"] in CORPUS_CHECKS
                                 and d["severity"] in ("warning", "error"))
    total = sum(counts.values())
    print(f"\n## {title}: {words:,} words")
    for c in CORPUS_CHECKS:
        print(f"{c}: {counts[c]} warnings, {counts[c] * 10000 / words:.3f} per 10,000 words")
    print(f"together: {total} warnings, {total * 10000 / words:.3f} per 10,000 words")
    if listing:
        for d in diagnostics:
            if d["check"] in CORPUS_CHECKS:
                majority = d["suggestions"][0] if d["suggestions"] else ""
                print(f"- line {d['line']}: `{d['text']}` -> `{majority}` [{d['check']}]")


def wmt_archive(source, target):
    with open(source, encoding="utf-8") as f, open(target, "w", encoding="utf-8") as out:
        for line in f:
            doc = json.loads(line)
            versions = [(f"ref-{k}", v) for k, v in sorted(doc["en_ref"].items())]
            versions += sorted(doc["en_mt"].items())
            for name, sentences in versions:
                text = "\n".join(sentences) if isinstance(sentences, list) else sentences
                out.write(json.dumps({"id": f"{doc['id']}/{name}", "outlet": name, "text": text},
                                     ensure_ascii=False) + "\n")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    corpora = args[0] if args else os.path.join(ROOT, "..", "shared", "data", "corpora")
    report("BBC News 2004 (native English)", os.path.join(corpora, "bbc-news-2004", "articles.jsonl"), listing)
    with tempfile.TemporaryDirectory() as tmp:
        archive = os.path.join(tmp, "wmt21.jsonl")
        wmt_archive(os.path.join(corpora, "wmt21-ru-en", "docs.jsonl"), archive)
        report("WMT21 ru-en, references and MT outputs as separate documents", archive, listing)


if __name__ == "__main__":
    main()
