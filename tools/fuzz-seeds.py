#!/usr/bin/env python3
"""fuzz-seeds.py OUTDIR — the libFuzzer seed corpus of tests/fuzz/fuzz.c, made from the spec
files (tests/spec/*.txt) and the labelled corpora (tests/corpus/*.jsonl), so that every form
the tests know is where the fuzzer starts. Generated into an ignored build folder, never
committed. The first byte of a seed picks the harness entry point (see fuzz.c):
  0 policy JSON             1 scan + redact + restore of a text
  2 rule pattern NUL text   3 vault JSON NUL text to restore
"""
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ESC = re.compile(r"\\u\{([0-9A-Fa-f]{1,6})\}|\\n|\\t|\\\\")


def unescape(s):
    def one(m):
        t = m.group(0)
        if t == "\\n":
            return "\n"
        if t == "\\t":
            return "\t"
        if t == "\\\\":
            return "\\"
        return chr(int(m.group(1), 16))

    return ESC.sub(one, s)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    seeds = set()

    def add(mode, payload):
        data = bytes([mode]) + payload
        if len(data) <= 4096:  # make fuzz runs with -max_len=4096
            seeds.add(data)

    texts, policies = [], set()
    for spec in sorted((ROOT / "tests/spec").glob("*.txt")):
        for line in spec.read_text(encoding="utf-8").splitlines():
            if line.startswith("> "):
                texts.append(unescape(line[2:]))
            elif line.startswith("@policy ") and line[8:].strip() != "default":
                policies.add(line[8:].strip())
    for corpus in sorted((ROOT / "tests/corpus").glob("*.jsonl")):
        for line in corpus.read_text(encoding="utf-8").splitlines():
            try:
                t = json.loads(line).get("text")
            except (ValueError, AttributeError):
                continue
            if isinstance(t, str):
                texts.append(t)

    for t in texts:
        add(1, t.encode("utf-8"))
    for p in sorted(policies):
        add(0, p.encode("utf-8"))
    # policies that reach every part of the compiler: rules, deny, allow, hash, limits
    add(0, json.dumps({"types": {"PHONE_NUMBER": {"action": "mask", "options": {"mask_char": "•", "keep_first": 1, "keep_last": 2}},
                                 "RU_INN": {"action": "hash"}},
                       "rules": [{"id": "employee_id", "type": "EMPLOYEE_ID", "pattern": "EMP-\\d{6}",
                                  "context": ["табельный"], "validator": None, "flags": ["caseless"]}],
                       "deny": ["Проект Сокол"], "allow": ["+7 (843) 200-00-00"],
                       "hash_key": "000102030405060708090a0b0c0d0e0f",
                       "limits": {"max_input_bytes": 4096, "match_limit": 1000, "depth_limit": 100}},
                      ensure_ascii=False).encode("utf-8"))
    # custom rules over texts of the tests: ordinary, validated and hostile patterns
    patterns = ["EMP-\\d{6}", "\\b[A-Z]{2}\\d{6,8}\\b", "(?i)договор\\s+№\\s*\\d+", "\\d{0,700}\\d{0,700}\\D",
                "(a+)+$", "(?:\\d?){1,60}\\D", "(?<=ИНН )\\d{10}", "\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+"]
    sample = [t for t in texts if any(c.isdigit() for c in t)][:40]
    for k, pat in enumerate(patterns):
        for t in sample[k::len(patterns)]:
            add(2, pat.encode("utf-8") + b"\0" + t.encode("utf-8"))
        add(2, pat.encode("utf-8") + b"\0" + b"7" * 2000 + b"x")
    # vaults, well-formed and at the edge of what restore reads, with texts to restore
    vaults = [
        {"zaslon_vault": 1, "entries": [{"type": "PERSON", "n": 1, "key": "анна петрова", "value": "Анну Петрову"},
                                        {"type": "PHONE_NUMBER", "n": 2, "key": "79123456789", "value": "+7 912 345-67-89"}]},
        {"zaslon_vault": 1, "entries": [{"type": "CUSTOM_1", "n": 999999999, "key": "a\u0000b", "value": "x\u0000y"}]},
        {"zaslon_vault": 1, "entries": [{"type": "EMAIL_ADDRESS", "n": 1, "key": "a@b.ru", "value": "A@b.ru"}]},
    ]
    restores = ["Запишите <PERSON_1> на среду, тел <PHONE_NUMBER_2>", "&lt;PERSON_1&gt; \\<PHONE\\_NUMBER\\_2\\> PERSON_1",
                "< CUSTOM_1_999999999 > <CUSTOM_1_1000000000>", "<EMAIL_ADDRESS_1>"]
    for v in vaults:
        for r in restores:
            add(3, json.dumps(v, ensure_ascii=False).encode("utf-8") + b"\0" + r.encode("utf-8"))

    for data in seeds:
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
    print(f"fuzz-seeds: {len(seeds)} seeds in {out}")


if __name__ == "__main__":
    main()
