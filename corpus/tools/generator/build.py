"""Render every article into corpus/pages and corpus/expected."""
import json, os, subprocess, sys, importlib
from core import ARTICLES, iso
from sites import HTML
from txtsites import TXT

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
PAGES, EXP = f"{ROOT}/pages", f"{ROOT}/expected"
os.makedirs(PAGES, exist_ok=True); os.makedirs(EXP, exist_ok=True)

for mod in sys.argv[1:]:
    importlib.import_module(mod)

def expected(a):
    if a.get("rejected"):
        return dict(status="rejected", title=None, published_at=None, source=None, author=None,
                    editor=None, body=[], province=None, city=None, county=None, facts=[])
    e = dict(status="ok", title=a["title"], published_at=iso(a["date"]), source=a["source"],
             author=a["author"], editor=a["editor"], body=a["body"], province=a["prov"],
             city=a["city"], county=a["county"],
             facts=[dict(metric=f["metric"], value=f["value"], approx=f["approx"], as_of=f["as_of"],
                         since=f["since"], kind=f["kind"], unit=f["unit"], evidence=f["evidence"])
                    for f in a["facts"]])
    if a["dup"]:
        e["duplicate_of"] = a["dup"]
    return e

for a in ARTICLES:
    stem = a["stem"]
    if a.get("rejected"):
        raw = a["raw"]
        ext = a["ext"]
        data = raw if isinstance(raw, bytes) else raw.encode("utf-8")
    else:
        ext = a["fmt"]
        assert a["editor"], (stem, "templates print a default editor; give one")
        text = (HTML if ext == "html" else TXT)[a["site"]](a)
        for p in a["body"]:
            assert p in text or ext == "html", (stem, p[:20])
        for f in a["facts"]:
            assert any(f["evidence"] in p for p in a["body"]), (stem, f["evidence"])
        data = text.encode("utf-8")
        if a["gbk"]:
            data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "GBK"], input=data,
                                  capture_output=True, check=True).stdout
    with open(f"{PAGES}/{stem}.{ext}", "wb") as fh:
        fh.write(data)
    with open(f"{EXP}/{stem}.json", "w", encoding="utf-8") as fh:
        json.dump(expected(a), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print(len(ARTICLES), "pages written")
