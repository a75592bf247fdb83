#!/usr/bin/env python3
"""The source/ checks on real translations, and their recall on planted errors.

  bench/bilingual_wmt22.py [--corpus DIR] [--seed N] [--show KIND]

Reads ../shared/data/corpora/wmt22-ru-en-news/docs.jsonl (Russian news with one
human reference and 10 MT systems), writes each (document, translation) as a
Gettext PO catalog (one entry per segment: msgid = Russian, msgstr = English)
and runs `build/translint check --format json` with the shipped tables.

1. Findings per 10,000 English words, per source/ check and source-conditioned
   pattern rule, for the references and for the MT systems together.
2. Planted errors in the references (seeded): 200 numbers changed (a digit, the
   magnitude, or the number dropped) and 200 names dropped or respelled, each in
   a segment where translint found nothing of that kind before. Recall: the
   share of planted segments where the expected check now fires
   (number-mismatch; missing-name or name-rendering, or names/non-preferred and
   names/unlisted-spelling for a respelling the tables list as wrong).
3. The number and name findings on the untouched translations (references
   first, then MT), listed with --show numbers|names for hand-checking.
Every translint run's exit status and output are checked.
"""
import argparse
import collections
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "build", "translint")
NUMBER_CHECKS = {"source/number-mismatch"}
NAME_CHECKS = {"source/missing-name", "source/name-rendering"}
# A respelling into a spelling a table lists as wrong is the monolingual checks' to report.
NAME_DETECTIONS = NAME_CHECKS | {"names/non-preferred", "names/unlisted-spelling"}


def po_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def write_po(path, sources, targets):
    """Writes a catalog; returns the line of each msgstr (1-based)."""
    lines = ['msgid ""', 'msgstr ""', '"Language: en\\n"', '"X-Source-Language: ru\\n"', ""]
    msgstr_lines = []
    for source, target in zip(sources, targets):
        lines.append("msgid " + po_string(source))
        msgstr_lines.append(len(lines) + 1)
        lines.append("msgstr " + po_string(target))
        lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return msgstr_lines


def run_translint(folder):
    out = subprocess.run([BINARY, "check", "--format", "json", folder], capture_output=True, text=True,
                         env=dict(os.environ, TRANSLINT_NO_CACHE="1"))
    if out.returncode not in (0, 1):
        sys.exit(f"translint failed ({out.returncode}): {out.stderr[:2000]}")
    return json.loads(out.stdout)["diagnostics"]


class Catalogs:
    """PO catalogs of some (document, translation) pairs in one folder, and their findings per segment."""

    def __init__(self, folder, pairs):
        """pairs: name -> (sources, targets)."""
        os.makedirs(folder, exist_ok=True)
        self.lines = {}
        for name, (sources, targets) in pairs.items():
            self.lines[name] = write_po(os.path.join(folder, name + ".po"), sources, targets)
        self.by_segment = collections.defaultdict(list)  # (name, segment) -> findings
        for d in run_translint(folder):
            name = os.path.splitext(os.path.basename(d["path"]))[0]
            lines = self.lines[name]
            segment = max((i for i, line in enumerate(lines) if line <= d["line"]), default=-1)
            self.by_segment[(name, segment)].append(d)

    def checks_at(self, name, segment):
        return {d["check"] for d in self.by_segment.get((name, segment), [])}


def source_rules():
    """The ids of the shipped pattern rules that fire on a source trigger."""
    ids = set()
    for path in glob.glob(os.path.join(ROOT, "rules", "**", "*.yaml"), recursive=True):
        with open(path, encoding="utf-8") as f:
            table = yaml.safe_load(f) or {}
        ids.update(p["id"] for p in table.get("patterns", []) or [] if "source" in p)
    return ids


SOURCE_RULES = source_rules()


def words(texts):
    return sum(len(t.split()) for t in texts)


def listed_names():
    """English spellings of the shipped tables' entities that have a Russian original: (spelling, kind, original)."""
    names = []
    for path in glob.glob(os.path.join(ROOT, "rules", "**", "*.yaml"), recursive=True):
        with open(path, encoding="utf-8") as f:
            table = yaml.safe_load(f) or {}
        for entity in table.get("entities", []) or []:
            if "ru" not in (entity.get("original") or {}):
                continue
            preferred = (entity.get("preferred") or {}).get("en")
            spellings = [preferred.get("spelling") if isinstance(preferred, dict) else preferred]
            for v in entity.get("variants") or []:
                spellings.append(v.get("spelling") if isinstance(v, dict) else v)
            original = entity["original"]["ru"]
            for s in spellings:
                if s:
                    names.append((s, entity.get("kind", ""), original))
                    if entity.get("kind") == "person" and " " in s:
                        names.append((s.split()[-1], "person", original))
    return sorted(set(names), key=lambda n: -len(n[0]))


NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def in_source(original, source):
    """Whether the source has the original's last word, in any case: its stem without the
    ending's vowels (Россия -> Росси-, Жапаров -> Жапаров-), case-sensitive."""
    stem = original.split()[-1]
    while len(stem) > 4 and stem[-1] in "аеёиоуыэюяйь":
        stem = stem[:-1]
    return re.search(r"(?<!\w)" + re.escape(stem), source) is not None


MAGNITUDES = {" thousand": " million", " million": " billion", " billion": " thousand"}


def plant_number(rng, target, source_digits):
    """Changes one number of `target` that the source has too: (new target, kind) or None."""
    candidates = [m for m in NUMBER_RE.finditer(target) if re.sub(r"\D", "", m.group()) in source_digits]
    if not candidates:
        return None
    m = rng.choice(candidates)
    kind = rng.choice(["digit", "magnitude", "dropped"])
    text = m.group()
    if kind == "digit":
        positions = [i for i, c in enumerate(text) if c.isdigit()]
        i = rng.choice(positions)
        new = text[:i] + str((int(text[i]) + rng.randint(1, 8)) % 10) + text[i + 1:]
        if new[0] == "0" and len(re.sub(r"\D", "", new)) > 1:
            new = "1" + new[1:]
    elif kind == "magnitude":
        after = next((w for w in MAGNITUDES if target[m.end():].startswith(w)), None)
        if after:  # "3 thousand" -> "3 million"
            return target[:m.start()] + text + MAGNITUDES[after] + target[m.end() + len(after):], kind
        new = text + " thousand"
    else:
        new = ""
    return target[:m.start()] + new + target[m.end():], kind


def plant_name(rng, target, source, names, how):
    """Drops or respells (`how`) a listed name of `target` whose original the
    source has: (new target, how, name) or None."""
    found = []
    for spelling, kind, original in names:
        if not in_source(original, source):
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(spelling) + r"(?![\w-])", target):
            if not any(f[0] < m.end() and m.start() < f[1] for f in found):
                found.append((m.start(), m.end(), spelling, kind))
    if not found:
        return None
    start, end, spelling, kind = rng.choice(found)
    if how == "dropped":
        new = ""
    else:
        # Two neighbouring letters of the last word swapped (not its first letter).
        word_start = spelling.rfind(" ") + 1
        inner = [i for i in range(word_start + 1, len(spelling) - 1) if spelling[i] != spelling[i + 1]
                 and spelling[i].isalpha() and spelling[i + 1].isalpha()]
        if not inner:
            return None
        i = rng.choice(inner)
        new = spelling[:i] + spelling[i + 1] + spelling[i] + spelling[i + 2:]
    return target[:start] + new + target[end:], how, spelling


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "data", "corpora", "wmt22-ru-en-news"))
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--plants", type=int, default=200)
    parser.add_argument("--show", choices=["numbers", "names"])
    args = parser.parse_args()
    with open(os.path.join(args.corpus, "docs.jsonl"), encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    work = tempfile.mkdtemp(prefix="bilingual-")

    # 1. Findings per 10,000 words.
    refs = {f"ref-{i:03d}": (d["ru"], d["en_ref"]["A"]) for i, d in enumerate(docs)}
    mts = {f"mt-{i:03d}-{system}": (d["ru"], out) for i, d in enumerate(docs) for system, out in d["en_mt"].items()}
    ref_run = Catalogs(os.path.join(work, "refs"), refs)
    mt_run = Catalogs(os.path.join(work, "mt"), mts)
    ref_words = words(t for _, ts in refs.values() for t in ts)
    mt_words = words(t for _, ts in mts.values() for t in ts)
    counts = collections.defaultdict(lambda: [0, 0])
    for column, run in ((0, ref_run), (1, mt_run)):
        for findings in run.by_segment.values():
            for d in findings:
                if d["check"].startswith("source/") or d["check"] in SOURCE_RULES:
                    counts[d["check"]][column] += 1
    print(f"## Findings per 10,000 words (references: {ref_words:,} words; 10 MT systems: {mt_words:,} words)")
    print("| check | references | MT systems | references (count) | MT (count) |")
    print("|---|---|---|---|---|")
    for check in sorted(counts):
        r, m = counts[check]
        print(f"| {check} | {r * 1e4 / ref_words:.1f} | {m * 1e4 / mt_words:.1f} | {r} | {m} |")

    if args.show:
        wanted = NUMBER_CHECKS if args.show == "numbers" else NAME_CHECKS
        for run, pairs in ((ref_run, refs), (mt_run, mts)):
            for (name, segment), findings in sorted(run.by_segment.items()):
                for d in findings:
                    if d["check"] in wanted:
                        sources, targets = pairs[name]
                        print(f"\n{name}#{segment} {d['check']}: {d['message']}\n  ru: {sources[segment]}\n  en: {targets[segment]}")

    # 2. Planted errors.
    rng = random.Random(args.seed)
    names = listed_names()
    segments = [(name, i) for name in sorted(refs) for i in range(len(refs[name][0]))]
    rng.shuffle(segments)
    planted = {}  # catalog name -> (sources, targets)
    expected = []  # (catalog, segment, group, kind)
    # A segment takes one plant of each kind at most: numbers in one pass, names
    # dropped or respelled (chosen at random) in a first, the other in a second.
    name_kinds = {key: rng.choice(["dropped", "respelled"]) for key in segments}
    for group in ("numbers", "names", "names again"):
        for name, i in segments:
            if sum(1 for e in expected if e[2] == group.split()[0]) >= args.plants:
                break
            sources, targets = refs[name]
            checks = ref_run.checks_at(name, i)
            if group == "numbers":
                if checks & NUMBER_CHECKS:
                    continue
                source_digits = {re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d+(?:[ ,.\u00a0]\d+)*", sources[i])}
                result = plant_number(rng, targets[i], source_digits)
            else:
                if checks & NAME_DETECTIONS:
                    continue
                how = name_kinds[(name, i)]
                if group == "names again":
                    how = "respelled" if how == "dropped" else "dropped"
                result = plant_name(rng, targets[i], sources[i], names, how)
            if result is None:
                continue
            catalog = f"{group.split()[0]}-{len(expected):04d}"
            planted[catalog] = ([sources[i]], [result[0]])
            expected.append((catalog, 0, group.split()[0], result[1]))
    plant_run = Catalogs(os.path.join(work, "planted"), planted)
    print(f"\n## Recall on planted errors (seed {args.seed})")
    print("| planted | count | found | recall |")
    print("|---|---|---|---|")
    by_kind = collections.defaultdict(lambda: [0, 0])
    for catalog, segment, group, kind in expected:
        wanted = NUMBER_CHECKS if group == "numbers" else NAME_DETECTIONS
        found = bool(plant_run.checks_at(catalog, segment) & wanted)
        for key in ((group, kind), (group, "all")):
            by_kind[key][0] += 1
            by_kind[key][1] += found
        if not found and os.environ.get("BILINGUAL_MISSES"):
            print(f"missed {group}/{kind}: {planted[catalog][1][0]}\n  ru: {planted[catalog][0][0]}")
    for (group, kind), (n, found) in sorted(by_kind.items()):
        print(f"| {group}: {kind} | {n} | {found} | {found / n:.3f} |")
    if sum(n for (g, k), (n, _) in by_kind.items() if k == "all") < 2 * args.plants:
        print(f"(fewer than {args.plants} segments could take a plant of some kind)")


if __name__ == "__main__":
    main()
