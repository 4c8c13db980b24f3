#!/usr/bin/env python3
"""person-diff.py — what a change to the name rules does on labelled text: the PERSON spans of two
CLIs compared on one file of ../shared/data/ner (or any file of that format), each span added (+)
or lost (-) marked OK when it overlaps a labelled name and FALSE when it overlaps none, then the
counts. docs/names.md's method: run it on the train files (and read the dev files' counts only).

  python3 tools/person-diff.py REF_CLI NEW_CLI FILE.jsonl [--conversation]
  python3 tools/person-diff.py --partial CLI FILE.jsonl

--conversation: each article's paragraphs redacted in order through one vault, as
bench/accuracy.py's conversation table does (the vault's recall of later mentions counts).
--partial: the labelled names a CLI's spans overlap but do not cover (a word left in the clear).
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
import accuracy  # noqa: E402  (redact_conversations, the benchmark's own conversation runner)


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def scan(cli, recs):
    inp = "".join(json.dumps({"id": i, "text": r["text"]}, ensure_ascii=False) + "\n"
                  for i, r in enumerate(recs)).encode()
    out = subprocess.run([cli, "scan", "--jsonl"], input=inp, capture_output=True, check=True)
    res = [None] * len(recs)
    for line in out.stdout.decode().splitlines():
        r = json.loads(line)
        res[r["id"]] = r
    return res


def person_spans(result):
    return {(s["start"], s["end"]) for s in result["spans"] if s["type"] == "PERSON"}


def gold_bytes(rec):
    t = rec["text"]
    return [(len(t[:g["start"]].encode()), len(t[:g["end"]].encode())) for g in rec["pii"]
            if g.get("type", "PERSON") == "PERSON"]


def show(tb, s, e):
    before = tb[max(0, s - 50):s].decode("utf-8", "ignore").replace("\n", " ")
    after = tb[e:e + 30].decode("utf-8", "ignore").replace("\n", " ")
    return f"{before}[[{tb[s:e].decode('utf-8', 'replace')}]]{after}"


def diff(ref, new, path, conversation):
    recs = load(path)
    run = (lambda cli: accuracy.redact_conversations(cli, recs)) if conversation else \
        (lambda cli: scan(cli, recs))
    a, b = run(ref), run(new)
    counts = {"+OK": 0, "+FALSE": 0, "-OK": 0, "-FALSE": 0}
    for rec, ra, rb in zip(recs, a, b):
        sa, sb = person_spans(ra), person_spans(rb)
        if sa == sb:
            continue
        tb, gold = rec["text"].encode(), gold_bytes(rec)
        for sign, spans in (("-", sa - sb), ("+", sb - sa)):
            for s, e in sorted(spans):
                mark = "OK" if any(s < ge and gs < e for gs, ge in gold) else "FALSE"
                counts[sign + mark] += 1
                print(sign, mark, rec["id"], "|", show(tb, s, e))
    print(" ".join(f"{k} {v}" for k, v in counts.items()))


def partial(cli, path):
    recs = load(path)
    n = 0
    for rec, r in zip(recs, scan(cli, recs)):
        tb, spans = rec["text"].encode(), person_spans(r)
        for gs, ge in gold_bytes(rec):
            covered = set()
            for s, e in spans:
                covered |= set(range(max(s, gs), min(e, ge)))
            # a letter's byte left in the clear (any byte of a non-ASCII character counts)
            left = [i for i in range(gs, ge)
                    if i not in covered and (tb[i] >= 0x80 or tb[i:i + 1].isalpha())]
            if covered and left:
                n += 1
                print(rec["id"], "|", show(tb, gs, ge))
    print("partly covered:", n)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--partial"] and len(args) == 3:
        partial(args[1], args[2])
    elif len(args) in (3, 4) and args[3:] in ([], ["--conversation"]):
        diff(args[0], args[1], args[2], args[3:] == ["--conversation"])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
