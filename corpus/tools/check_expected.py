#!/usr/bin/env python3
"""Checks corpus/expected/*.json against corpus/pages/* and prints the corpus mix.

Run from anywhere: python3 corpus/tools/check_expected.py
Exit code 1 when any check fails.
"""
import json, re, sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES, EXPECTED = ROOT / "pages", ROOT / "expected"
METRICS = {"problems_found", "problems_rectified", "rectification_rate", "inspections",
           "entities_inspected", "hazards_found", "hazards_rectified", "notices_issued",
           "people_held_accountable", "sites_covered", "suggestions_made", "other"}
INLINE = {"a", "b", "strong", "span", "em", "font", "i", "u"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")


class TextOf(HTMLParser):
    """Visible-ish text: inline tags join, block tags break lines; script/style dropped."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def decode(raw):
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        if re.search(rb"charset\s*=\s*\"?big5", raw[:4096], re.I):
            return raw.decode("big5"), "big5"
        return raw.decode("gb18030"), "gbk"


def page_text(path):
    raw = path.read_bytes()
    if raw.startswith(b"\x89PNG"):
        return "", "binary", False
    text, enc = decode(raw)
    declared = bool(re.search(r"charset\s*=\s*\"?(gb2312|gbk|gb18030)", text, re.I))
    if path.suffix == ".html":
        parser = TextOf()
        parser.feed(text)
        text = "".join(parser.parts)
    return text, enc, declared


def shingles(text, k=5):
    text = re.sub(r"\s+", "", text)
    return {text[i:i + k] for i in range(max(1, len(text) - k + 1))}


def similarity_report(bodies, dups):
    """Jaccard of 5-char shingles: republished pairs should be high, all other pairs low."""
    sh = {s: shingles(b) for s, b in bodies.items()}
    jac = lambda a, b: len(sh[a] & sh[b]) / len(sh[a] | sh[b])
    for a, b in sorted(dups):
        print(f"republished {b} -> {a}: jaccard {jac(a, b):.2f}")
    others = sorted(((jac(a, b), a, b) for a in sh for b in sh
                     if a < b and (a, b) not in dups and (b, a) not in dups), reverse=True)[:4]
    for j, a, b in others:
        print(f"most similar non-duplicates {a} ~ {b}: jaccard {j:.2f}")


def main():
    errors, counts, metrics = [], Counter(), Counter()
    bodies, dups = {}, set()
    exp_files = sorted(EXPECTED.glob("*.json"))
    stems = {p.stem for p in exp_files}
    pages = {p.stem: p for p in PAGES.iterdir() if p.is_file()}
    for stem in sorted(set(pages) ^ stems):
        errors.append(f"{stem}: page without expected file or expected without page")
    for ef in exp_files:
        stem = ef.stem
        try:
            exp = json.loads(ef.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{stem}: bad JSON {e}")
            continue
        page = pages.get(stem)
        if page is None:
            continue
        counts["pages"] += 1
        counts[page.suffix[1:]] += 1
        text, enc, declared = page_text(page)
        if enc == "gbk":
            counts["gbk"] += 1
            counts["gbk_declared" if declared else "gbk_undeclared"] += 1
        if exp["status"] == "rejected":
            counts["rejected"] += 1
            if exp["title"] or exp["body"] or exp["facts"]:
                errors.append(f"{stem}: rejected page with content")
            continue
        for p in exp["body"]:
            if p != p.strip():
                errors.append(f"{stem}: paragraph with surrounding spaces: {p[:20]}")
            if p not in text:
                errors.append(f"{stem}: paragraph not in page: {p[:30]}")
        if exp["title"] not in text:
            errors.append(f"{stem}: title not in page")
        flat = re.sub(r"\s+", "", text)
        for key in ("author", "editor", "source"):
            for name in (exp.get(key) or "").split():
                if name not in flat:
                    errors.append(f"{stem}: {key} {name} not on the page")
        if exp["body"] and text.count(exp["body"][-1]) >= 2:
            counts["doubled"] += 1
        pa = exp["published_at"]
        if pa is not None and not (ISO_DATE.match(pa) or ISO_TIME.match(pa)):
            errors.append(f"{stem}: bad published_at {pa}")
        if exp.get("duplicate_of"):
            counts["republished"] += 1
            if exp["duplicate_of"] not in stems:
                errors.append(f"{stem}: duplicate_of names no page")
        body = "\n".join(exp["body"])
        bodies[stem] = body
        if exp.get("duplicate_of"):
            dups.add((exp["duplicate_of"], stem))
        if not exp["facts"]:
            counts["negatives"] += 1
        for f in exp["facts"]:
            metrics[f["metric"]] += 1
            if f["metric"] not in METRICS:
                errors.append(f"{stem}: unknown metric {f['metric']}")
            if (f["metric"] == "other") != bool(f.get("kind")):
                errors.append(f"{stem}: kind must be set exactly for other")
            ev = f.get("evidence", "")
            if ev not in body:
                errors.append(f"{stem}: evidence not in body: {ev}")
            digits = re.sub(r"\.0$", "", str(f["value"]))
            if re.search(r"\d", ev) and "万" not in ev and digits not in ev:
                errors.append(f"{stem}: value {f['value']} not in evidence {ev}")
            for key in ("as_of", "since"):
                if f[key] is not None and not ISO_DATE.match(f[key]):
                    errors.append(f"{stem}: bad {key} {f[key]}")
        counts["facts"] += len(exp["facts"])
    similarity_report(bodies, dups)
    for e in errors:
        print("ERROR", e)
    print(dict(counts))
    print(dict(sorted(metrics.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
