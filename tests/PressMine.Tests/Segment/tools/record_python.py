"""Records Python jieba 0.42.1 (Debian python3-jieba) precise-mode output for the segmentation tests:
the domain dictionary loaded, whitespace tokens dropped, tokens joined by one space, one line per input line.
Run from the repository root: /usr/bin/python3 tests/PressMine.Tests/Segment/tools/record_python.py"""
import logging
import jieba

jieba.setLogLevel(logging.ERROR)
jieba.load_userdict("corpus/dict/userdict.txt")
base = "tests/PressMine.Tests/Segment/"
for source in ["sentences.txt", "sentences_more.txt"]:
    lines = open(base + source, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    stem = source[:-4]
    for hmm, suffix in [(True, "hmm"), (False, "nohmm")]:
        with open(f"{base}python_jieba_{stem}_{suffix}.txt", "w", encoding="utf-8") as out:
            for line in lines:
                out.write(" ".join(t for t in jieba.cut(line, HMM=hmm) if t.strip()) + "\n")
