#!/usr/bin/env python3
"""Writes the division gazetteer, the list of division names that are also common words, and the jieba
user dictionary. Called by build.sh; every input is an argument so the run is reproducible."""
import argparse, csv, os

# Ethnic-group names as they appear inside autonomous-division names, with and without 族.
ETHNIC = """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡
纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克
德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split()
ETHNIC_FORMS = sorted({e + "族" for e in ETHNIC} | {e for e in ETHNIC if len(e) >= 2}, key=len, reverse=True)
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
EXPLICIT_SHORT = {"神农架林区": "神农架", "六枝特区": "六枝"}
BANNER_DIRECTIONS = tuple("左右前中后")


def strip_ethnic(stem):
    """积石山保安族东乡族撒拉族 -> 积石山; 鄂温克族 -> 鄂温克; 内蒙古 stays (never leaves one character)."""
    changed = True
    while changed:
        changed = False
        for form in ETHNIC_FORMS:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem, changed = stem[: -len(form)], True
                break
    if stem.endswith("族") and len(stem) > 2:
        stem = stem[:-1]
    return stem


def short_form(name):
    """The usual short form of a division name (宁波市 -> 宁波); '' when it would be one character."""
    if name in EXPLICIT_SHORT:
        return EXPLICIT_SHORT[name]
    stem = name
    for suffix in ("自治区", "自治州", "自治县", "自治旗"):
        if name.endswith(suffix):
            stem = strip_ethnic(name[: -len(suffix)])
            break
    else:
        if name.endswith("新区") and len(name) >= 4:
            stem = name[:-2]
        elif name.endswith("地区"):
            stem = name[:-2]
        elif name.endswith("旗"):
            stem = name[:-1]
            if stem.endswith(BANNER_DIRECTIONS) or stem.endswith("联合"):
                stem = ""  # 土默特左旗: no accepted short form
        elif name.endswith(("省", "市", "区", "县", "盟")):
            stem = name[:-1]
    return stem if len(stem) >= 2 and stem != name else ""


def read_csv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def build_divisions(src):
    """Rows (code, name, level, parent_code, short): placeholders skipped, statistical-only zones dropped."""
    rows, dropped = [], 0
    for p in read_csv(os.path.join(src, "provinces.csv")):
        rows.append((p["code"] + "0000", p["name"], 1, "", short_form(p["name"])))
    city_code, county_code = {}, {}
    for c in read_csv(os.path.join(src, "cities.csv")):
        province = c["provinceCode"] + "0000"
        if c["name"] in PLACEHOLDER_CITIES:
            city_code[c["code"]] = (province, None)
            continue
        code = c["code"] + "00"
        city_code[c["code"]] = (code, c["name"])
        rows.append((code, c["name"], 2, province, short_form(c["name"])))
    for a in read_csv(os.path.join(src, "areas.csv")):
        parent, city_name = city_code[a["cityCode"]]
        if a["name"] == city_name:  # 东莞市/嘉峪关市: the city has no counties; its towns hang on the city
            county_code[a["code"]] = parent
            continue
        if a["code"][4] == "7":  # xx7x: development zones numbered only for statistics, not GB/T 2260
            dropped += 1
            county_code[a["code"]] = None
            continue
        county_code[a["code"]] = a["code"]
        rows.append((a["code"], a["name"], 3, parent, short_form(a["name"])))
    for s in read_csv(os.path.join(src, "streets.csv")):
        parent = county_code.get(s["areaCode"])
        if parent is None:
            continue
        rows.append((s["code"], s["name"], 4, parent, ""))
    return rows, dropped


def read_jieba(path):
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\r\n").split(" ")
            if len(parts) >= 2:
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [l.split("#")[0].strip() for l in f if l.split("#")[0].strip()]


ORDINARY_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "b", "c", "m", "f", "s", "i", "l"}


def weak_names(rows, jieba, manual):
    """(common, context): names never read as divisions (和平, 解放, 城区, and frequent jieba verbs and
    adjectives such as 比如, 延长), and ambiguous names that need context (鼓楼, 朝阳). jieba's noun tags
    are too noisy for place names (合肥 n, 南通 n), so nouns come only from the manual list."""
    names = {r[1] for r in rows if r[2] <= 3} | {r[4] for r in rows if r[2] <= 3 and r[4]}
    never = {m[1:] for m in manual if m.startswith("!")}
    common = {m[1:] for m in manual if m.startswith("*")}
    context = {m for m in manual if m[0] not in "!*"}
    from_jieba = {n for n in names if n in jieba and jieba[n][1] in ORDINARY_TAGS and jieba[n][0] >= 500}
    return sorted((from_jieba | common) - never - context), sorted(context - never)


def userdict_places(rows, jieba, weak):
    owners = {}
    for r in rows:
        if r[2] <= 3:
            owners.setdefault(r[1], set()).add(r[0])
            if r[4]:
                owners.setdefault(r[4], set()).add(r[0])
    entries = {}
    for r in rows:
        if r[2] > 3:
            continue
        for word, base in ((r[1], 50), (r[4], 30)):
            if word and len(word) >= 2 and word not in weak and len(owners[word]) == 1:
                entries[word] = max(base, jieba.get(word, (0, ""))[0])
    return sorted(entries.items())


def main():
    ap = argparse.ArgumentParser()
    for name in ("src", "jieba-dict", "weak-manual", "vocab", "divisions", "common-words", "userdict"):
        ap.add_argument("--" + name, required=True)
    a = ap.parse_args()
    rows, dropped = build_divisions(a.src)
    jieba = read_jieba(a.jieba_dict)
    common, context = weak_names(rows, jieba, read_list(a.weak_manual))
    weak = common + context
    with open(a.divisions, "w", encoding="utf-8", newline="\n") as f:
        f.write("code\tname\tlevel\tparent_code\tshort_name\n")
        for r in rows:
            f.write("\t".join(map(str, r)) + "\n")
    for path, words in ((a.common_words, common), (os.path.join(os.path.dirname(a.common_words), "context-names.txt"), context)):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(words) + "\n")
    vocab = read_list(a.vocab)
    places = userdict_places(rows, jieba, set(weak))
    vocab_words = {v.split(" ")[0] for v in vocab}
    with open(a.userdict, "w", encoding="utf-8", newline="\n") as f:
        for line in vocab:
            word, freq, tag = line.split(" ")
            # Never lower a frequency jieba already has: that would re-cut ordinary text.
            f.write(f"{word} {max(int(freq), jieba.get(word, (0, ''))[0])} {tag}\n")
        for word, freq in places:
            if word not in vocab_words:
                f.write(f"{word} {freq} ns\n")
    levels = [sum(1 for r in rows if r[2] == l) for l in (1, 2, 3, 4)]
    print(f"divisions: {levels} (province, city, county, town); dropped {dropped} statistical zones")
    print(f"common words: {len(common)}, context names: {len(context)}; userdict: {len(vocab)} vocabulary + {len(places)} places")


if __name__ == "__main__":
    main()
