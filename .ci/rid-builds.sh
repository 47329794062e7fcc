#!/usr/bin/env bash
# Publishes the CLI for the platforms PressMine supports besides the host and checks that each output holds DuckDB's
# native library built for that platform (the one native piece `run` cannot do without). Machine code for another
# platform cannot run here, so this checks the build and the assets, not behaviour.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

check() { # rid, file, expected `file` words
  local rid=$1 lib=$2 expect=$3
  dotnet publish src/PressMine.Cli -c Release -r "$rid" --self-contained false -o "$out/$rid" -v quiet -nologo >/dev/null
  [ -f "$out/$rid/$lib" ] || { echo "rid $rid: $lib missing from the publish output"; exit 1; }
  local magic
  magic=$(od -An -tx1 -N4 "$out/$rid/$lib" | tr -d ' ')
  case "$expect:$magic" in
    elf-aarch64:7f454c46) [ "$(od -An -tx1 -j18 -N2 "$out/$rid/$lib" | tr -d ' ')" = b700 ] || { echo "rid $rid: $lib is ELF but not aarch64"; exit 1; } ;;
    macho:cafebabe|macho:cffaedfe) ;;
    pe:4d5a*) ;;
    *) echo "rid $rid: $lib has magic $magic, expected $expect"; exit 1 ;;
  esac
  [ -f "$out/$rid/corpus/gazetteer/divisions.tsv" ] || { echo "rid $rid: data files not copied"; exit 1; }
  echo "rid $rid: published, $lib is $expect"
}

check linux-arm64 libduckdb.so elf-aarch64
check osx-arm64 libduckdb.dylib macho
check win-x64 duckdb.dll pe
