#!/usr/bin/env python3
"""Accuracy of the default policy on the labelled corpus (tests/corpus/*.jsonl).

Runs the native CLI through its `scan --jsonl` contract and prints, per type: precision, recall,
F1; and overall: the leak rate (share of labelled PII items whose bytes are not all covered by
some span) and the over-redaction rate (share of negative messages in which anything was found).

Matching: a labelled item (type, value) is located in its text (every occurrence); a predicted
span counts as a true positive when it has the item's type and overlaps it; a predicted span
overlapping no labelled item of its type is a false positive. Topics are reported separately
and do not count as redaction.

Then, when ../shared/data/ner exists (human-labelled public corpora nobody here wrote; see its
README), a PERSON table per dev file: the engine on text it was never written for. Skipped with a
note when the folder is absent (a clone without shared/). Then, without file arguments,
PHONE_NUMBER recall and leak on libphonenumber's example numbers (build/gen/phone-examples.jsonl,
made by tools/gen-phone-examples.mjs).

Usage: python3 bench/accuracy.py [--cli build/bin/zaslon] [--lang ru|en] [--ner DIR] [--show N] [files...]
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys

# Dev files only: the train files tune the recognizer, so figures on them are not accuracy figures.
# bsnlp_ru_train is evaluation-only data (its licence keeps it out of shipped tables), so it is a
# fair extra here although its name says "train".
NER_FILES = ["nerel_dev", "factru_dev", "wnut17_dev", "bsnlp_ru_train"]


def load(files):
    msgs = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                m = json.loads(line)
                m["_where"] = f"{f}:{n}"
                msgs.append(m)
    return msgs


def scan(cli, msgs):
    inp = "".join(json.dumps({"id": i, "text": m["text"]}, ensure_ascii=False) + "\n"
                  for i, m in enumerate(msgs))
    out = subprocess.run([cli, "scan", "--jsonl"], input=inp.encode(), capture_output=True,
                         check=False)
    results = [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]
    if len(results) != len(msgs) or any("error" in r for r in results):
        sys.exit(f"accuracy: the CLI failed (exit {out.returncode}): {out.stderr.decode()[:200]}")
    return results


def article_of(m):
    """The article of a paragraph's id ("nerel-119336-002" -> "nerel-119336"), or None where a
    record is a message of its own (a tweet: "wnut17-0007")."""
    parts = m["id"].split("-")
    return "-".join(parts[:-1]) if len(parts) >= 3 else None


def redact_conversations(cli, msgs):
    """Each article's paragraphs redacted in order through one vault (one CLI run each), as the
    messages of one conversation are in the extension and the widget: a name given a pseudonym
    once is masked when it comes back alone. Results in msgs' order, with the redaction's spans."""
    groups = collections.OrderedDict()
    for i, m in enumerate(msgs):
        groups.setdefault(article_of(m), []).append(i)
    results = [None] * len(msgs)
    for idx in groups.values():
        inp = "".join(json.dumps({"id": i, "text": msgs[i]["text"]}, ensure_ascii=False) + "\n"
                      for i in idx)
        out = subprocess.run([cli, "redact", "--jsonl"], input=inp.encode(), capture_output=True,
                             check=False)
        for line in out.stdout.decode().splitlines():
            r = json.loads(line)
            if "error" in r:
                sys.exit(f"accuracy: the CLI failed: {r['error'][:200]}")
            results[r["id"]] = r
    if any(r is None for r in results):
        sys.exit("accuracy: the CLI failed (a line without a result)")
    return results


def occurrences(text_b, value_b):
    spans, start = [], 0
    while value_b:
        k = text_b.find(value_b, start)
        if k < 0:
            break
        spans.append((k, k + len(value_b)))
        start = k + 1
    return spans


def cp_offsets(text):
    """Byte offset -> code-point offset of a text (the CLI reports bytes, the NER files code
    points); a byte inside a character maps to that character."""
    m, b = {}, 0
    for i, ch in enumerate(text):
        n = len(ch.encode())
        for k in range(n):
            m[b + k] = i
        b += n
    m[b] = len(text)
    return m


LOWER = False  # --lower: every text in lower case (chat writes names so)


def ner_person_table(cli, ner_dir, show=0, names=None, conversation=False):
    """PERSON recall, precision, F1 per dev file of ner_dir, and the recall of one-word mentions
    (a surname or a first name alone: the class real text has most). Overlap matching as in the
    project table; "covered" counts a mention only when spans cover all of its characters.
    conversation: each article's paragraphs as one conversation (redact_conversations); files
    without articles are left out."""
    paths = [(f, os.path.join(ner_dir, f + ".jsonl")) for f in (names or NER_FILES)]
    paths = [(f, p) for f, p in paths if os.path.exists(p)]
    if not paths:
        print(f"\nPERSON on public corpora: skipped ({ner_dir} not found)")
        return
    if conversation:
        print("\nThe same, each article's paragraphs redacted in order as one conversation's "
              "messages (one vault)\n")
    else:
        print(f"\nPERSON on public human-labelled corpora ({ner_dir}; code-point offsets)\n")
    print(f"{'file':16} {'recall':>7} {'prec':>6} {'F1':>6} {'1-word rc':>9} {'covered':>8} "
          f"{'gold':>5} {'TP':>5} {'FP':>5} {'1-word':>6}")
    for name, path in paths:
        msgs = load([path])
        if LOWER:
            for m in msgs:
                low = m["text"].lower()
                if len(low) == len(m["text"]):  # the labels' code-point offsets still hold
                    m["text"] = low
        if conversation and not any(article_of(m) for m in msgs):
            continue
        results = redact_conversations(cli, msgs) if conversation else scan(cli, msgs)
        tp = fn = fp = one = one_tp = covered = npred_tp = 0
        shown = 0
        for m, r in zip(msgs, results):
            off = cp_offsets(m["text"])
            pred = [(off[s["start"]], off[s["end"]]) for s in r["spans"] if s["type"] == "PERSON"]
            gold = [(g["start"], g["end"]) for g in m.get("pii", []) if g["type"] == "PERSON"]
            for (s, e) in gold:
                hit = any(ps < e and s < pe for (ps, pe) in pred)
                single = " " not in m["text"][s:e].strip()
                tp += hit
                fn += not hit
                one += single
                one_tp += single and hit
                cov = [False] * (e - s)
                for (ps, pe) in pred:
                    for k in range(max(ps, s), min(pe, e)):
                        cov[k - s] = True
                covered += all(cov)
                if show and not hit and shown < show:
                    shown += 1
                    print(f"  MISS {m['id']} {m['text'][s:e]!r}")
            for (ps, pe) in pred:
                if any(ps < e and s < pe for (s, e) in gold):
                    npred_tp += 1
                else:
                    fp += 1
                    if show and shown < 2 * show:
                        shown += 1
                        print(f"  FP   {m['id']} {m['text'][ps:pe]!r}")
        rc = tp / max(tp + fn, 1)
        p = npred_tp / max(npred_tp + fp, 1)
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"{name:16} {rc:7.3f} {p:6.3f} {f1:6.3f} {one_tp / max(one, 1):9.3f} "
              f"{covered / max(tp + fn, 1):8.3f} {tp + fn:5} {npred_tp:5} {fp:5} {one:6}")


def phone_examples(cli, path, show=0):
    """PHONE_NUMBER recall and leak on libphonenumber's example number of every region and type
    (tools/gen-phone-examples.mjs): numbers this project did not write. Recall: a PHONE_NUMBER
    span overlaps the number; leak: some byte of the number is under no span at all."""
    try:
        msgs = load([path])
    except FileNotFoundError:
        print(f"\nphone examples: {path} missing (make {path})")
        return
    results = scan(cli, msgs)
    # international and E.164 forms carry the country code; a national form ("07400 123456",
    # "8 (727) 258-34-34", "612 34 56 78") is read by its country's plan with a trunk prefix, a
    # phone's shape or a phone word near, so it is reported on its own
    for title, keep in (("international and E.164 forms", lambda m: m.get("form") != "national"),
                        ("national forms (without the country code)", lambda m: m.get("form") == "national")):
        pairs = [(m, r) for m, r in zip(msgs, results) if keep(m)]
        if pairs:
            phone_table(title, pairs, show)


def phone_table(title, pairs, show):
    found = leaked = 0
    by_lang = collections.Counter()
    misses = []
    for m, r in pairs:
        tb = m["text"].encode()
        v = m["pii"][0]["value"].encode()
        s = tb.find(v)
        e = s + len(v)
        spans = [(x["start"], x["end"], x["type"]) for x in r["spans"]]
        if any(ps < e and s < pe and pt == "PHONE_NUMBER" for (ps, pe, pt) in spans):
            found += 1
            by_lang[m["lang"]] += 1
        else:
            misses.append((m["region"], m["kind"], m["pii"][0]["value"], m["text"]))
        if not all(any(ps <= k < pe for (ps, pe, _) in spans) for k in range(s, e)):
            leaked += 1
    n = len(pairs)
    langs = collections.Counter(m["lang"] for m, _ in pairs)
    print(f"\nlibphonenumber example numbers ({n} sentences: every region and type, "
          f"{title}, ru and en)")
    print(f"PHONE_NUMBER recall {found / n:.3f} ({found}/{n}); "
          + ", ".join(f"{l} {by_lang[l] / langs[l]:.3f}" for l in sorted(langs)))
    print(f"leak rate (numbers not fully covered): {leaked}/{n} = {leaked / n:.3%}")
    for region, kind, value, text in misses[:show]:
        print(f"MISS {region} {kind} {value!r}: {text}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="build/bin/zaslon")
    ap.add_argument("--lang")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses per kind")
    ap.add_argument("--ner", default="../shared/data/ner",
                    help="folder of the public NER corpora (skipped when absent)")
    ap.add_argument("--ner-only", action="store_true", help="only the public-corpora table")
    ap.add_argument("--ner-files", help="comma-separated corpus names instead of the dev files "
                    "(e.g. nerel_train, for error analysis on what one may tune on)")
    ap.add_argument("--lower", action="store_true",
                    help="the public corpora's texts in lower case, as chat writes names")
    ap.add_argument("--phone-examples", default="build/gen/phone-examples.jsonl")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    global LOWER
    LOWER = a.lower
    if a.ner_only:
        ner_person_table(a.cli, a.ner, a.show, a.ner_files and a.ner_files.split(","))
        ner_person_table(a.cli, a.ner, a.show, a.ner_files and a.ner_files.split(","), True)
        return
    files = a.files or sorted(glob.glob("tests/corpus/*.jsonl"))
    msgs = [m for m in load(files) if not a.lang or m.get("lang") == a.lang]
    if not msgs:
        sys.exit("accuracy: no labelled messages found")
    results = scan(a.cli, msgs)
    tp = collections.Counter()
    fp = collections.Counter()
    fn = collections.Counter()
    items = leaked = 0
    negatives = over = 0
    misses, false_pos = [], []
    for m, r in zip(msgs, results):
        tb = m["text"].encode()
        spans = [(s["start"], s["end"], s["type"]) for s in r["spans"]]
        entity_spans = [s for s in spans if not s[2].startswith("TOPIC_")]
        gold = []
        for item in m.get("pii", []):
            for (s, e) in occurrences(tb, item["value"].encode()) or [(-1, -1)]:
                gold.append((s, e, item["type"], item["value"]))
        gold_entities = [g for g in gold if not g[2].startswith("TOPIC_")]
        if not gold_entities:
            negatives += 1
            if entity_spans:
                over += 1
        for (s, e, t, v) in gold:
            if s < 0:
                sys.exit(f"accuracy: {m['_where']}: value {v!r} is not in the text")
            items += 1
            if any(ps < e and s < pe and pt == t for (ps, pe, pt) in spans):
                tp[t] += 1
            else:
                fn[t] += 1
                misses.append((m["_where"], t, v))
            covered = [False] * (e - s)
            for (ps, pe, _) in entity_spans:
                for k in range(max(ps, s), min(pe, e)):
                    covered[k - s] = True
            if not all(covered) and not t.startswith("TOPIC_"):
                leaked += 1
        for (ps, pe, pt) in spans:
            if not any(ps < e and s < pe and pt == t for (s, e, t, _) in gold):
                fp[pt] += 1
                false_pos.append((m["_where"], pt, tb[ps:pe].decode(errors="replace")))
    types = sorted(set(tp) | set(fp) | set(fn))
    print(f"Accuracy on {len(msgs)} messages ({len(files)} file(s){', lang ' + a.lang if a.lang else ''}), "
          f"{items} labelled items, {negatives} negative messages\n")
    print(f"{'type':24} {'prec':>6} {'recall':>7} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}")
    for t in types:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 1.0
        rc = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 1.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"{t:24} {p:6.3f} {rc:7.3f} {f1:6.3f} {tp[t]:5} {fp[t]:5} {fn[t]:5}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p = T / (T + F) if T + F else 1.0
    rc = T / (T + N) if T + N else 1.0
    print(f"{'ALL':24} {p:6.3f} {rc:7.3f} {2 * p * rc / (p + rc) if p + rc else 0:6.3f} {T:5} {F:5} {N:5}")
    print(f"\nleak rate (PII items not fully covered): {leaked}/{items} = {leaked / max(items, 1):.3%}")
    print(f"over-redaction (negative messages changed): {over}/{negatives} = {over / max(negatives, 1):.3%}")
    if a.show:
        for w, t, v in misses[: a.show]:
            print(f"MISS {w} {t} {v!r}")
        for w, t, v in false_pos[: a.show]:
            print(f"FP   {w} {t} {v!r}")
    if not a.files:
        names = a.ner_files and a.ner_files.split(",")
        ner_person_table(a.cli, a.ner, a.show, names)
        ner_person_table(a.cli, a.ner, a.show, names, conversation=True)
        phone_examples(a.cli, a.phone_examples, a.show)


if __name__ == "__main__":
    main()
