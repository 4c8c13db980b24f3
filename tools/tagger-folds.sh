#!/usr/bin/env bash
# tagger-folds.sh — PERSON figures of this tree's engine on held-out folds of the train files:
# for K = 0, 1, 2 the tagger is trained without the articles whose id's CRC-32 is K mod 10
# (tools/tagger-train.py --fold K --held-out-weights), the engine is built with those weights
# (make BUILD=build/folds/K TAGGER_BIN=...), and bench/accuracy.py scans the fold's articles.
# Prints each fold's table and the sums per corpus: names found (a span overlaps them) of the
# labelled ones, and the spans that overlap a labelled name (true) or none (false). A change
# to the rules is measured by running it before and after (the weights are trained once and kept
# in build/folds/; delete them after changing the features or the trainer). docs/names.md.
#
#   bash tools/tagger-folds.sh [--data ../shared/data/ner]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/data/ner
[ "${1:-}" = --data ] && DATA=$2
OUT=build/folds
mkdir -p "$OUT/data"
make -s build/tools/tagger-features >/dev/null
python3 - "$DATA" "$OUT/data" <<'PY'
import json, os, sys, zlib
data, out = sys.argv[1], sys.argv[2]
for src in ("nerel_train", "wnut17_train"):
    files = [open(os.path.join(out, f"{src.split('_')[0]}_f{k}.jsonl"), "w") for k in range(3)]
    for line in open(os.path.join(data, src + ".jsonl"), encoding="utf-8"):
        rid = json.loads(line)["id"]
        art = rid.rsplit("-", 1)[0] if rid.startswith("nerel-") else rid  # as tagger-train.py
        k = zlib.crc32(art.encode()) % 10
        if k < 3:
            files[k].write(line)
PY
for K in 0 1 2; do
  W=$OUT/tagger-f$K.bin
  [ -f "$W" ] || python3 tools/tagger-train.py --data "$DATA" --fold $K --held-out-weights --out "$W"
  make -s BUILD=$OUT/$K TAGGER_BIN=$W $OUT/$K/bin/zaslon >/dev/null
done
for K in 0 1 2; do
  python3 bench/accuracy.py --cli $OUT/$K/bin/zaslon --ner $OUT/data --ner-only \
    --ner-files nerel_f$K,wnut17_f$K | sed -n '4,6p' | grep -E '^(nerel|wnut17)_f'
done | awk '{ print; c = substr($1, 1, index($1, "_f") - 1); found[c] += int($2 * $7 + 0.5)
  tp[c] += $8; fp[c] += $9; g[c] += $7 }
  END { for (c in tp) printf "%s folds: %d / %d names found, %d true and %d false spans\n", c, found[c], g[c], tp[c], fp[c] }'
