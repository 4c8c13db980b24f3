#!/usr/bin/env python3
"""tagger-train.py — trains the person-name tagger (src/recognize/tagger.c) and writes src/names/tagger.bin.

Reproducible: a fixed seed, a fixed held-out slice, no third-party modules (Python 3 stdlib).

  python3 tools/tagger-train.py [--data ../shared/data/ner] [--out src/names/tagger.bin]

Sources that feed the weights (their licences allow shipped weights):
  nerel_train   NEREL v1.1 train — Wikinews texts CC BY 2.5; annotations by Loukachevitch et al.,
                "NEREL: A Russian Dataset with Nested Named Entities, Relations and Events" (2021)
  wnut17_train  WNUT-2017 emerging entities train — CC BY 4.0
Never the dev files (they are what is reported), never bsnlp (evaluation only), never a test split.

The features of each candidate word come from build/tools/tagger-features (the engine's own C code,
`make tagger-features`), so the weights are learned on exactly what inference computes. A word is
a positive example when it overlaps a labelled PERSON span.

Held out: every article whose id's CRC-32 is 0 mod 10 (a NEREL article is its paragraphs' id less the
paragraph number; a WNUT tweet is its own article). Holding out every 10th paragraph instead shares
articles, and so names, with training and flattered: word recall 0.916 there, 0.827 on held-out
articles with the same weights. The epoch count and the threshold are chosen on the held-out
articles; the shipped weights are then trained on all the data for that many epochs (--all).
"""
import argparse
import zlib
import json
import os
import random
import struct
import subprocess
import sys

SEED = 15
BITS = 18
# Word precision bar on held-out articles: 0.945 (the paragraph slice's bar) put the threshold at
# +25, where span precision on those articles is 0.92 and recall 0.89; at 0.91 (threshold -55) span
# figures there are R 0.930 / P 0.897, every epoch from 7 to 12 within 0.003.
PRECISION = 0.91
SOURCES = ["nerel_train", "wnut17_train"]


def held_out(rid, fold=0):
    article = rid.rsplit("-", 1)[0] if rid.startswith("nerel-") else rid
    return zlib.crc32(article.encode()) % 10 == fold


def load(data, fold=0):
    recs = []
    for name in SOURCES:
        with open(os.path.join(data, name + ".jsonl"), encoding="utf-8") as f:
            for i, line in enumerate(f):
                r = json.loads(line)
                text = r["text"]
                b = text.encode("utf-8")
                # code point -> byte offsets
                off = [0] * (len(text) + 1)
                acc = 0
                for k, ch in enumerate(text):
                    off[k] = acc
                    acc += len(ch.encode("utf-8"))
                off[len(text)] = acc
                spans = [(off[p["start"]], off[p["end"]]) for p in r["pii"] if p["type"] == "PERSON"]
                recs.append((name, held_out(r["id"], fold), b, spans))
    return recs


def featurise(tool, recs):
    inp = b"".join(b"%d\n" % len(b) + b for _, _, b, _ in recs)
    out = subprocess.run([tool], input=inp, stdout=subprocess.PIPE, check=True).stdout
    ex = []
    for line in out.decode().splitlines():
        f = line.split()
        r, s, e = int(f[0]), int(f[1]), int(f[2])
        text = recs[r][2]
        if text[s:e].decode().islower() and not (s > 0 and text[s - 1:s] == b"@"):
            # a lower-case candidate (zl_tagger_lower_name): scored with the weights learned on
            # capitalised words and handles, not learned from. With WNUT's ~100 such words in
            # training the held-out precision bar raised the threshold and every dev recall fell
            # (three retrains, 2026-12-03: nerel_dev R 0.906 -> 0.890-0.895, wnut17_dev 0.429 ->
            # 0.390-0.399); without them the weights are the same bytes as before.
            continue
        spans = recs[r][3]
        y = 1 if any(a < e and s < b for a, b in spans) else -1
        ex.append((r, y, [int(x) for x in f[4:]]))
    return ex


def train(ex, epochs, seed):
    n = 1 << BITS
    w = [0.0] * n
    u = [0.0] * n  # summed updates times their step, for averaging
    c = 1
    rnd = random.Random(seed)
    order = list(range(len(ex)))
    snaps = []
    for ep in range(epochs):
        rnd.shuffle(order)
        for k in order:
            _, y, fs = ex[k]
            if y * sum(w[i] for i in fs) <= 0:
                for i in fs:
                    w[i] += y
                    u[i] += y * c
            c += 1
        snaps.append([wi - ui / c for wi, ui in zip(w, u)])
    return snaps


def quantise(avg):
    mags = sorted(abs(x) for x in avg if x)
    top = mags[int(len(mags) * 0.999)] if mags else 1.0
    scale = 127.0 / top
    q = [max(-127, min(127, round(x * scale))) for x in avg]
    return q, scale


def evaluate(q, ex, thr):
    tp = fp = fn = 0
    for _, y, fs in ex:
        p = sum(q[i] for i in fs) > thr
        if p and y > 0:
            tp += 1
        elif p:
            fp += 1
        elif y > 0:
            fn += 1
    r = tp / max(1, tp + fn)
    pr = tp / max(1, tp + fp)
    return r, pr, 2 * r * pr / max(1e-9, r + pr)


def choose(snaps, ho, precision, epoch=None, threshold=None):
    """The epoch and threshold with the best held-out word recall at word precision >= precision."""
    best = None
    for ep, avg in enumerate(snaps, 1):
        if epoch and ep != epoch:
            continue
        q, _ = quantise(avg)
        for thr in [threshold] if threshold is not None else range(-150, 151, 5):
            r, p, f = evaluate(q, ho, thr)
            # a missed name leaks, so recall is what is maximised, at a word precision that keeps
            # span precision on held-out articles at ~0.90 (docs/names.md)
            score = r if p >= precision else 0
            if best is None or score > best[0]:
                best = (score, ep, thr, r, p, q)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/ner")
    ap.add_argument("--tool", default="build/tools/tagger-features")
    ap.add_argument("--out", default="src/names/tagger.bin")
    ap.add_argument("--epochs", type=int, default=12, help="the most epochs tried")
    ap.add_argument("--precision", type=float, default=PRECISION)
    ap.add_argument("--epoch", type=int, help="this epoch count instead of the chosen one")
    ap.add_argument("--threshold", type=int, help="this threshold instead of the chosen one")
    ap.add_argument("--held-out-weights", action="store_true",
                    help="write the weights trained without the held-out articles (to tune the "
                    "engine's margins on those articles), not the ones trained on all")
    ap.add_argument("--fold", type=int, default=0, choices=range(10),
                    help="hold out the articles whose id's CRC-32 is this mod 10 instead of 0 (the "
                    "shipped choice): with --held-out-weights, a change measured on three folds "
                    "(~1,850 names) is not one fold's noise (~480)")
    a = ap.parse_args()
    recs = load(a.data, a.fold)
    ex = featurise(a.tool, recs)
    tr = [x for x in ex if not recs[x[0]][1]]
    ho = [x for x in ex if recs[x[0]][1]]
    print(f"{len(tr)} training words, {len(ho)} held out", file=sys.stderr)
    snaps = train(tr, a.epochs, SEED)
    _, ep, thr, r, p, q = choose(snaps, ho, a.precision, a.epoch, a.threshold)
    print(f"held out: epoch {ep}, threshold {thr}: word recall {r:.3f} precision {p:.3f}", file=sys.stderr)
    if not a.held_out_weights:
        q, _ = quantise(train(tr + ho, ep, SEED)[-1])
    with open(a.out, "wb") as f:
        f.write(b"ZTG1" + bytes([BITS, 0, 0, 0]) + struct.pack("<i", thr))
        f.write(struct.pack(f"{1 << BITS}b", *q))


if __name__ == "__main__":
    main()
