"""Peer extractor for the real-page throughput bench: readability-lxml (Debian python3-readability) over every
file under a directory, title and main text, as a user of that library would call it. Prints pages and characters.
Run with the system interpreter: /usr/bin/python3 bench/peers/readability_peer.py <dir>"""
import os
import sys

from lxml import html as lxml_html
from readability import Document


def main(root):
    pages = chars = 0
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            with open(os.path.join(folder, name), "rb") as handle:
                raw = handle.read()
            try:
                document = Document(raw)
                title = document.short_title()
                text = lxml_html.fromstring(document.summary()).text_content()
            except Exception:  # a page the library cannot read counts as read, with no text
                title, text = "", ""
            pages += 1
            chars += len(title) + len(text)
    print(f"{pages} pages, {chars} characters")


if __name__ == "__main__":
    main(sys.argv[1])
