#!/usr/bin/env python3
"""gen-fixtures.py - generate and self-check the Zaslon test fixtures (python3, stdlib only).

    python3 tools/gen-fixtures.py           # regenerate tests/spec/*.txt and tests/corpus/*, then check
    python3 tools/gen-fixtures.py --check   # only check the files on disk

Cases are written below in a small DSL: the marked-up expected scan result
"text with ⟦TYPE|value⟧", using the spec escapes (\\n, \\u{200B}, ...). Numbers that carry a
checksum are never typed by hand: a placeholder @@fn:arg:arg#tag@@ calls a generator below
(seeded, so the output is reproducible); the same #tag repeats the same value.

Spec DSL lines:  "## heading", "# comment", "@policy ...", "= marked" (scan only),
"=~ marked" (scan + redact line computed from the policy), "=~ marked ~~ explicit redact".

The checker (always run) parses the written files back and asserts, for every span of a
checksum type, that the checksum holds, that no digit run OUTSIDE a span would pass a
context-free validator (so hard negatives really are negative), and, for the corpus, that every
labelled value is an exact substring of the text, with as many occurrences as listings.
"""
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC_DIR = os.path.join(ROOT, "tests", "spec")
CORPUS_DIR = os.path.join(ROOT, "tests", "corpus")
L, R_ = "\u27e6", "\u27e7"

# ---------------------------------------------------------------------------------- validators

def digits(s):
    """ASCII digits of s (full-width and other Unicode decimal digits are normalised)."""
    out = []
    for c in s:
        d = unicodedata.decimal(c, None)
        if d is not None:
            out.append(str(d))
    return "".join(out)


def luhn_ok(num):
    if not num.isdigit() or len(num) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


def card_issuer(num):
    """Issuer name if the prefix and length are those of a real scheme, else None."""
    n = len(num)
    p2, p4, p6 = int(num[:2]), int(num[:4]), int(num[:6])
    if num[0] == "4" and n in (13, 16, 19):
        return "visa"
    if 2200 <= p4 <= 2204 and 16 <= n <= 19:
        return "mir"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (num[:4] == "6011" or p2 == 65 or 644 <= int(num[:3]) <= 649) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19:
        return "maestro"
    return None


def card_ok(num):
    return 13 <= len(num) <= 19 and luhn_ok(num) and card_issuer(num) is not None


INN10_W = [2, 4, 10, 3, 5, 9, 4, 6, 8]
INN12_W1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
INN12_W2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def _wsum(num, w):
    return sum(int(a) * b for a, b in zip(num, w)) % 11 % 10


def inn_ok(num):
    if len(num) == 10:
        return _wsum(num, INN10_W) == int(num[9])
    if len(num) == 12:
        return _wsum(num, INN12_W1) == int(num[10]) and _wsum(num, INN12_W2) == int(num[11])
    return False


def snils_check(body9):
    s = sum(int(d) * (9 - i) for i, d in enumerate(body9))
    while True:
        if s < 100:
            return s
        if s in (100, 101):
            return 0
        s %= 101


def snils_ok(num):
    return len(num) == 11 and snils_check(num[:9]) == int(num[9:])


def ogrn_ok(num):
    if len(num) == 13 and num[0] in "15":
        return int(num[:12]) % 11 % 10 == int(num[12])
    if len(num) == 15 and num[0] == "3":
        return int(num[:14]) % 13 % 10 == int(num[14])
    return False


IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24,
            "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GE": 22,
            "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IT": 27, "KZ": 20, "LT": 20, "LU": 20,
            "LV": 21, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24,
            "SI": 19, "SK": 24, "TR": 26, "UA": 29, "AZ": 28, "BY": 28, "AM": 0}
# The rest of the registry the engine knows (src/checksum.c iban_lengths), so that a valid
# IBAN of those countries ("ME25 ...", #17) checks as one.
IBAN_LEN.update({"AL": 28, "BA": 20, "BH": 22, "BI": 27, "BR": 29, "CR": 22, "DJ": 27, "DO": 28,
                 "EG": 29, "FK": 18, "FO": 18, "GI": 23, "GL": 18, "GT": 28, "IL": 23, "IQ": 23,
                 "IS": 26, "JO": 30, "KW": 30, "LB": 28, "LC": 32, "LI": 21, "LY": 25, "MC": 27,
                 "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MU": 30, "NI": 28, "OM": 23,
                 "PK": 24, "PS": 29, "QA": 29, "RS": 22, "RU": 33, "SA": 24, "SC": 31, "SD": 18,
                 "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "VA": 22, "VG": 24,
                 "XK": 20})


def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s):
    s = re.sub(r"[\s\u00a0\u202f-]", "", s).upper()   # spaces or dashes between groups (#17)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


BANK_W = [7, 1, 3] * 8


def account_ok(acc, bik):
    s = bik[-3:] + acc
    return len(acc) == 20 and sum(int(a) * b for a, b in zip(s, BANK_W)) % 10 == 0


PLATE_LETTERS = "АВЕКМНОРСТУХABEKMHOPCTYX"
PLATE_RE = re.compile(r"(?<![\w])[%s] ?\d{3} ?[%s]{2} ?\d{2,3}(?:[Rr][Uu][Ss])?(?!\w)" % (PLATE_LETTERS + PLATE_LETTERS.lower(),
                                                                          PLATE_LETTERS + PLATE_LETTERS.lower()))

# ---------------------------------------------------------------------------------- generators

RNG = random.Random(20240312)


def rd(n, first=None):
    s = "".join(RNG.choice("0123456789") for _ in range(n))
    if first is not None:
        s = first + s[len(first):]
    return s


def group(num, pattern, sep=" "):
    """group('1234567890', '4-6') -> '1234 567890'."""
    out, i = [], 0
    for g in pattern.split("-"):
        g = int(g)
        out.append(num[i:i + g])
        i += g
    assert i == len(num), (num, pattern)
    return sep.join(out)


def bad_last(num):
    """The same number with its last digit off by one (checksum broken)."""
    return num[:-1] + str((int(num[-1]) + 1) % 10)


CARD_PREFIX = {"visa": ("4276", 16), "visa2": ("4111", 16), "visa3": ("4532", 16), "visa13": ("4", 13),
               "visa19": ("4", 19), "mc": ("5469", 16), "mc2": ("5536", 16), "mc22": ("2221", 16),
               "mc27": ("2720", 16), "mir": ("2200", 16), "mir2": ("2202", 16), "mir4": ("2204", 16),
               "mir19": ("2200", 19), "amex": ("3714", 15), "amex4": ("3456", 15),
               "maestro": ("6759", 16), "maestro18": ("6762", 18), "maestro19": ("5018", 19),
               "unionpay": ("6250", 16), "unionpay19": ("6212", 19), "jcb": ("3530", 16),
               "discover": ("6011", 16)}


def gen_card(kind="visa", end=None):
    prefix, n = CARD_PREFIX[kind]
    while True:
        if end:
            body = prefix + rd(n - len(prefix) - len(end))
            # fix Luhn by adjusting the digit just before the fixed ending
            for d in "0123456789":
                cand = body[:-1] + d + end
                if luhn_ok(cand):
                    num = cand
                    break
            else:
                continue
        else:
            body = prefix + rd(n - len(prefix) - 1)
            num = body + luhn_digit(body)
        if card_ok(num) and not inn_ok(num) and not ogrn_ok(num):
            return num


def gen_inn10(region=None):
    regions = ["77", "78", "50", "54", "66", "16", "23", "63", "52", "74", "61", "02", "70", "72", "56"]
    while True:
        body = (region or RNG.choice(regions)) + rd(2, None) + rd(5)
        num = body + str(_wsum(body, INN10_W))
        if not ogrn_ok(num):
            return num


def gen_inn12(region=None):
    regions = ["77", "78", "50", "54", "66", "16", "23", "63", "52", "74", "61", "02", "36", "45", "91"]
    body = (region or RNG.choice(regions)) + rd(8)
    body += str(_wsum(body, INN12_W1))
    return body + str(_wsum(body, INN12_W2))


def gen_snils(first=None):
    while True:
        body = rd(9, first or RNG.choice("1234569"))
        num = body + "%02d" % snils_check(body)
        if int(body) > 1001998:
            return num


def gen_ogrn(first="1"):
    body = first + rd(2, None) + rd(9)
    body = first + "%02d" % RNG.randint(2, 23) + rd(9)
    return body + str(int(body) % 11 % 10)


def gen_ogrnip():
    body = "3" + "%02d" % RNG.randint(4, 23) + rd(11)
    return body + str(int(body) % 13 % 10)


def gen_oms(first="77"):
    while True:
        body = first + rd(16 - len(first) - 1)
        num = body + luhn_digit(body)
        if not inn_ok(num):
            return num


def gen_iban(cc="DE", bank=None):
    n = IBAN_LEN[cc]
    if bank is None:
        bank = {"GB": "WEST", "NL": "ABNA", "IE": "AIBK", "MT": "MALT"}.get(cc, "")
    bban = bank + rd(n - 4 - len(bank))
    chk = 98 - int(_iban_num(bban + cc + "00")) % 97
    s = cc + "%02d" % chk + bban
    assert iban_ok(s)
    return s


def iban_grouped(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BIKS = ["044525225", "044525974", "044525593", "044030653", "045004641", "046577964", "044525187"]


def gen_account(bik, prefix="40702810"):
    while True:
        rest = rd(11)
        for x in "0123456789":
            acc = prefix + x + rest
            if account_ok(acc, bik):
                return acc


def gen_bik():
    return RNG.choice(BIKS)


def gen_passport():
    while True:
        num = "%02d" % RNG.choice([45, 46, 40, 65, 60, 36, 52, 71, 92, 11, 75, 18, 24, 3, 4, 8])
        num += "%02d" % RNG.randint(5, 24) + rd(6, RNG.choice("123456789"))
        if not inn_ok(num):
            return num


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rs(n, alphabet=ALNUM):
    while True:
        s = "".join(RNG.choice(alphabet) for _ in range(n))
        kinds = sum(any(c in grp for c in s) for grp in ("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                                         "abcdefghijklmnopqrstuvwxyz", "0123456789"))
        need = sum(any(c in grp for c in alphabet) for grp in ("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                                              "abcdefghijklmnopqrstuvwxyz", "0123456789"))
        if kinds == need and not re.search(r"\d{9,}", s):
            return s


def b64url(n):
    return rs(n, ALNUM + "-_").replace("--", "-a")


def gen_secret(kind):
    if kind == "openai":
        return "sk-" + rs(48)
    if kind == "openai_proj":
        return "sk-proj-" + b64url(74) + "T3BlbkFJ" + b64url(74)
    if kind == "anthropic":
        return "sk-ant-api03-" + b64url(93) + "AA"
    if kind == "aws":
        return "AKIA" + rs(16, UPALNUM)
    if kind == "aws_secret":
        return rs(40, ALNUM + "/+")
    if kind == "ghp":
        return "ghp_" + rs(36)
    if kind == "gho":
        return "gho_" + rs(36)
    if kind == "ghs":
        return "ghs_" + rs(36)
    if kind == "github_pat":
        return "github_pat_11" + rs(20, UPALNUM) + "_" + rs(59)
    if kind == "glpat":
        return "glpat-" + b64url(20)
    if kind == "xoxb":
        return "xoxb-%s-%s-%s" % (rd(12, "7"), rd(13, "5"), rs(24))
    if kind == "xoxp":
        return "xoxp-%s-%s-%s-%s" % (rd(11, "2"), rd(12, "4"), rd(13, "6"), rs(32, "0123456789abcdef"))
    if kind == "google":
        return "AIza" + b64url(35)
    if kind == "stripe":
        return "sk_live_" + rs(RNG.choice([24, 99]))
    if kind == "stripe_rk":
        return "rk_live_" + rs(RNG.choice([24, 99]))
    if kind == "yc_api":
        return "AQVN" + b64url(36)
    if kind == "yc_oauth":
        return "y0_" + b64url(55)
    if kind == "yc_iam":
        return "t1.9euelZ" + b64url(40) + "." + b64url(86)
    if kind == "jwt":
        import base64
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        payload = base64.urlsafe_b64encode(json.dumps(
            {"sub": rd(7, "1"), "role": RNG.choice(["admin", "user", "manager"]),
             "iat": 1710000000 + RNG.randint(0, 9999999)}, separators=(",", ":")).encode()).decode().rstrip("=")
        return hdr + "." + payload + "." + b64url(43)
    if kind == "pem":
        lines = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(32, ALNUM + "+/")] + [rs(64, ALNUM + "+/") for _ in range(3)]
        return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----"
    if kind == "pem_rsa":
        lines = ["MIIEowIBAAKCAQEA" + rs(48, ALNUM + "+/")] + [rs(64, ALNUM + "+/") for _ in range(2)] + [rs(24, ALNUM + "+/") + "=="]
        return "-----BEGIN RSA PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END RSA PRIVATE KEY-----"
    if kind == "pem_ec":
        lines = ["MHcCAQEEI" + rs(55, ALNUM + "+/"), rs(64, ALNUM + "+/"), rs(12, ALNUM + "+/") + "=="]
        return "-----BEGIN EC PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END EC PRIVATE KEY-----"
    if kind == "pem_openssh":
        lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [rs(70, ALNUM + "+/") for _ in range(2)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END OPENSSH PRIVATE KEY-----"
    raise KeyError(kind)


# ---------------------------------------------------------------------------------- placeholders

_TAGS = {}


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789+"}


def _ph_value(spec):
    if spec.startswith("fw:"):
        return "".join(FULLWIDTH.get(c, c) for c in _ph_value(spec[3:]))
    fn, *args = spec.split(":")
    a = lambda i, d=None: args[i] if len(args) > i and args[i] != "" else d
    if fn == "card":          # card:kind[:pattern[:sep[:end]]]  e.g. card:visa:4-4-4-4:-
        num = gen_card(a(0, "visa"), a(3))
        return group(num, a(1), a(2, " ")) if a(1) else num
    if fn == "luhn":          # luhn:prefix:length[:pattern]  Luhn-valid, any prefix
        while True:
            body = a(0) + rd(int(a(1)) - len(a(0)) - 1)
            num = body + luhn_digit(body)
            if not free_types(num) - {"CREDIT_CARD"} and (a(0)[0] in "0123456789"):
                break
        return group(num, a(2)) if a(2) else num
    if fn == "badcard":       # Luhn broken
        num = bad_last(gen_card(a(0, "visa")))
        return group(num, a(1), a(2, " ")) if a(1) else num
    if fn == "inn10":
        return gen_inn10(a(0))
    if fn == "inn12":
        return gen_inn12(a(0))
    if fn == "badinn10":
        return bad_last(gen_inn10(a(0)))
    if fn == "badinn12":
        return bad_last(gen_inn12(a(0)))
    if fn == "snils":         # snils:grouped|plain[:first]
        num = gen_snils(a(1))
        return num if a(0) == "plain" else "%s-%s-%s %s" % (num[:3], num[3:6], num[6:9], num[9:])
    if fn == "badsnils":
        num = bad_last(gen_snils(a(1)))
        return num if a(0) == "plain" else "%s-%s-%s %s" % (num[:3], num[3:6], num[6:9], num[9:])
    if fn == "ogrn":
        return gen_ogrn(a(0, "1"))
    if fn == "ogrnip":
        return gen_ogrnip()
    if fn == "badogrn":
        return bad_last(gen_ogrn(a(0, "1")))
    if fn == "badogrnip":
        return bad_last(gen_ogrnip())
    if fn == "oms":
        num = gen_oms(a(0, "77"))
        return group(num, a(1)) if a(1) else num
    if fn == "badoms":
        return bad_last(gen_oms(a(0, "77")))
    if fn == "iban":          # iban:CC[:grouped]
        s = gen_iban(a(0, "DE"))
        return iban_grouped(s) if a(1) == "g" else s
    if fn == "badiban":
        s = gen_iban(a(0, "DE"))
        s = s[:2] + "%02d" % ((int(s[2:4]) + 1) % 97 or 2) + s[4:]
        return iban_grouped(s) if a(1) == "g" else s
    if fn == "badleniban":    # valid mod-97 but one character short for its country
        cc = a(0, "DE")
        bban = rd(IBAN_LEN[cc] - 5)
        chk = 98 - int(_iban_num(bban + cc + "00")) % 97
        s = cc + "%02d" % chk + bban
        return iban_grouped(s) if a(1) == "g" else s
    if fn == "bik":           # bik#tag
        return gen_bik()
    if fn == "acc":           # acc:BIK[:prefix]  (BIK may be "%tag": the BIK tagged #tag)
        bik = a(0, "044525225")
        if bik.startswith("%"):
            bik = _TAGS.setdefault(bik[1:], gen_bik())
        return gen_account(bik, a(1, "40702810"))
    if fn == "badacc":
        bik = a(0, "044525225")
        if bik.startswith("%"):
            bik = _TAGS.setdefault(bik[1:], gen_bik())
        acc = gen_account(bik, a(1, "40702810"))
        return acc[:8] + str((int(acc[8]) + 1) % 10) + acc[9:]
    if fn == "passport":      # passport:4-6 | 2-2-6 | plain
        num = gen_passport()
        p = a(0, "4-6")
        return num if p == "plain" else group(num, p)
    if fn == "secret":
        return gen_secret(a(0))
    raise KeyError(spec)


def expand(text):
    def sub(m):
        spec = m.group(1)
        tag = None
        if "#" in spec:
            spec, tag = spec.split("#", 1)
        if tag and tag in _TAGS and spec in ("", "="):
            return _TAGS[tag]
        if tag and tag in _TAGS:
            return _TAGS[tag]
        v = _ph_value(spec)
        if tag:
            _TAGS[tag] = v
        return v
    return re.sub(r"@@([^@]+)@@", sub, text)


# ---------------------------------------------------------------------------------- spec escapes

def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n == "n":
                out.append("\n"); i += 2; continue
            if n == "t":
                out.append("\t"); i += 2; continue
            if n == "\\":
                out.append("\\"); i += 2; continue
            m = re.match(r"\\u\{([0-9A-Fa-f]{1,6})\}", s[i:])
            if m:
                out.append(chr(int(m.group(1), 16))); i += m.end(); continue
        out.append(c); i += 1
    return "".join(out)


SPAN_RE = re.compile(L + r"([A-Z_]+)\|(.*?)" + R_, re.S)


def parse_marked(marked):
    """-> (plain text, [(type, value, start, end)]) on the given (escaped or not) string."""
    spans, out, pos = [], [], 0
    for m in SPAN_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        spans.append((m.group(1), m.group(2), start, start + len(m.group(2))))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans

# ---------------------------------------------------------------------------------- redaction model

DEFAULT_ACTIONS = {"PHONE_NUMBER": "pseudonym", "EMAIL_ADDRESS": "pseudonym", "SECRET": "block"}


def action_of(policy, typ):
    if policy and typ in policy.get("types", {}) and "action" in policy["types"][typ]:
        return policy["types"][typ]["action"]
    return DEFAULT_ACTIONS.get(typ, "label")


def mask_phone(v):
    """Keep the first digit (the one after '+'), the last two digits and every separator."""
    plain = unescape(v)
    pos = [i for i, c in enumerate(plain) if unicodedata.decimal(c, None) is not None]
    keep = {pos[0], pos[-1], pos[-2]}
    return "".join("*" if (i in pos and i not in keep) else c for i, c in enumerate(plain))


def mask_card(v):
    plain = unescape(v)
    pos = [i for i, c in enumerate(plain) if unicodedata.decimal(c, None) is not None]
    keep = set(pos[-4:])
    return "".join("*" if (i in pos and i not in keep) else c for i, c in enumerate(plain))


def pseudo_key(typ, v):
    plain = unescape(v)
    if typ == "PHONE_NUMBER":     # 8XXXXXXXXXX and +7XXXXXXXXXX are the same Russian number
        d = digits(plain)
        return "7" + d[1:] if len(d) == 11 and d[0] == "8" else d
    if typ == "EMAIL_ADDRESS":
        return plain.lower()
    return plain


def redact(marked, policy):
    counters, seen = Counter(), {}

    def sub(m):
        typ, v = m.group(1), m.group(2)
        act = action_of(policy, typ)
        if act == "pseudonym":
            k = (typ, pseudo_key(typ, v))
            if k not in seen:
                counters[typ] += 1
                seen[k] = counters[typ]
            return "<%s_%d>" % (typ, seen[k])
        if act in ("label", "block"):
            return "[%s]" % typ
        if act == "remove":
            return ""
        if act == "allow":
            return v
        if act == "mask":
            if typ == "PHONE_NUMBER":
                return mask_phone(v)
            if typ == "CREDIT_CARD":
                return mask_card(v)
        raise ValueError("no model for %s/%s" % (typ, act))
    return SPAN_RE.sub(sub, marked)


# ---------------------------------------------------------------------------------- spec writer

def build_spec(name, dsl):
    """DSL -> spec file text. Returns (text, number of cases)."""
    out, policy, ncases = [], None, 0
    for raw in dsl.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            out.append("")
            continue
        if line.startswith("#"):
            out.append(line)
            continue
        if line.startswith("@policy"):
            arg = line[len("@policy"):].strip()
            policy = None if arg == "default" else json.loads(arg)
            out.append(line)
            continue
        m = re.match(r"^(=~?) (.*)$", line)
        assert m, "bad DSL line in %s: %r" % (name, line)
        body, explicit = m.group(2), None
        if " ~~ " in body:
            body, explicit = body.split(" ~~ ", 1)
            explicit = expand(explicit)
        marked = expand(body)
        plain, _ = parse_marked(marked)
        out.append("> " + plain)
        out.append("= " + marked)
        if m.group(1) == "=~":
            red = redact(marked, policy)
            if explicit is not None:
                assert explicit == red, "%s: explicit redact %r != model %r" % (name, explicit, red)
            out.append("~ " + red)
        out.append("")
        ncases += 1
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    return text, ncases


# ---------------------------------------------------------------------------------- checker

CTX_PASSPORT = re.compile(r"паспорт|серия|серии|passport", re.I)
CTX_OMS = re.compile(r"полис|ОМС|медицинского страхования|medical insurance|OMS", re.I)
CTX_ACCOUNT = re.compile(r"р/с|р\\с|расч[её]тн\w* сч[её]т|сч[её]т|к/с|account|acc\b", re.I)
CTX_SNILS = re.compile(r"СНИЛС|SNILS", re.I)
# the engine's SSN cues (src/recognize/rec_digits.c ctx_ssn)
CTX_SSN = re.compile(r"ssn|ss#|social security|soc\.? sec", re.I)
CTX_NOT_ID = re.compile(r"заказ|order|трек|track|артикул|sku|накладн|invoice|тикет|ticket|штрих|barcode"
                        r"|ean|лот|transaction|транзакц|id:", re.I)
SSN_FAMOUS = {"078051120", "219099999", "123456789"}
# a card's security code right after its name (rec_digits.c card_code)
CVV_CUE = re.compile(r"(?<![^\W_])(?:cvv2|cvc2|(?:cvv|cvc)(?:[- ](?:код|code))?|cid|security code|код безопасности)"
                     r"[»\"\u201d]?[\s:\-\u2013\u2014]{1,5}$", re.I)
# the engine's phone words (src/recognize/rec_digits.c ctx_phone), for a city number without its
# area code
CTX_PHONE = re.compile(r"тел|номер|звон|whatsapp|ватсап|вацап|telegram|phone|call|mobile|моб|contact|sms|смс", re.I)
# the engine's ctx_card stems (src/rec_digits.c)
CTX_CARD = re.compile(r"карт|card|visa|виза|mastercard|maestro|мир |unionpay|jcb|humo|uzcard", re.I)
BIK_RE = re.compile(r"(?<!\d)04\d{7}(?!\d)")
INVIS = "\u200b\u00ad\u2060\ufeff\u200c\u200d"


def norm(text):
    """Same length: Unicode decimals -> ASCII, invisible joiners -> \\x00."""
    out = []
    for c in text:
        d = unicodedata.decimal(c, None)
        if d is not None:
            out.append(str(d))
        elif c in INVIS:
            out.append("\x00")
        else:
            out.append(c)
    return "".join(out)


def ssn_ok(d):
    """SSA's structure: area 001-899 except 666, group 01-99, serial 0001-9999."""
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
            and d[5:] != "0000")


def free_types(d):
    """Types a context-free detector would give to the bare digit string d."""
    t = set()
    if len(d) in (10, 12) and inn_ok(d):
        t.add("RU_INN")
    if len(d) == 11 and d[0] not in "78" and snils_ok(d):
        t.add("RU_SNILS")
    if ogrn_ok(d):
        t.add("RU_OGRN")
    if card_ok(d):
        t.add("CREDIT_CARD")
    return t


def validate_span(typ, v, text, start):
    e = []
    d = digits(v)
    if typ == "CREDIT_CARD" and not card_ok(d) and not (
            12 <= len(d) <= 19 and luhn_ok(d) and CTX_CARD.search(text)) and not (
            3 <= len(d) <= 4 and CVV_CUE.search(text[:start])):
        # issuers outside the table (Humo, Uzcard, private label) need a card word (#17); a
        # 3-4 digit security code needs its name (CVV, CVC, ...) right before it
        e.append("card fails Luhn/issuer (or has no card word, or a code has no CVV before it)")
    elif typ == "US_SSN":
        if not ssn_ok(d):
            e.append("SSN area/group/serial never issued")
        if not re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", norm(v)) and not CTX_SSN.search(text):
            e.append("SSN not grouped 3-2-4 without a cue")
        if d in SSN_FAMOUS and not CTX_SSN.search(text):
            e.append("a famous example SSN without a cue")
    elif typ == "RU_INN" and not inn_ok(d):
        e.append("INN checksum")
    elif typ == "RU_SNILS":
        if not snils_ok(d):
            e.append("SNILS checksum")
        if re.fullmatch(r"\d{11}", norm(v)) and d[0] in "78" and not CTX_SNILS.search(text):
            e.append("ungrouped SNILS starting 7/8 without context")
    elif typ == "RU_OGRN" and not ogrn_ok(d):
        e.append("OGRN checksum")
    elif typ == "RU_OMS":
        if len(d) != 16 or not luhn_ok(d):
            e.append("OMS Luhn")
        if not CTX_OMS.search(text):
            e.append("OMS without context")
    elif typ == "IBAN_CODE" and not iban_ok(v):
        e.append("IBAN mod-97/length")
    elif typ == "RU_BANK_ACCOUNT":
        biks = BIK_RE.findall(norm(text))
        if len(d) != 20:
            e.append("account length")
        elif biks and not any(account_ok(d, b) for b in biks):
            e.append("account fails control key with BIK %s" % biks)
        elif not biks and not CTX_ACCOUNT.search(text):
            e.append("account without BIK or context")
    elif typ == "RU_PASSPORT":
        # ten digits (series and number) or nine (a passport for travel abroad, the word near)
        if len(d) == 9:
            if not re.search(r"паспорт|passport|загран", text[max(0, start - 64):start], re.I):
                e.append("9-digit passport without the word in the preceding 64 chars")
        elif len(d) != 10:
            e.append("passport length")
        if not CTX_PASSPORT.search(text[max(0, start - 40):start]):
            e.append("passport without context in the preceding 40 chars")
    elif typ == "IP_ADDRESS":
        # full-width forms and invisible characters read as the address; a zone id or a prefix
        # length belongs to the span (#17)
        ip = "".join(c for c in unicodedata.normalize("NFKC", v) if unicodedata.category(c) != "Cf")
        ip = re.sub(r"(%[\w.-]+|/\d{1,3})$", "", ip)
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            e.append("not an IP")
    elif typ == "RU_CAR_PLATE":
        if not PLATE_RE.fullmatch(v):
            e.append("plate shape")
    elif typ == "PHONE_NUMBER":
        # an extension is part of the span, not of the number (#17)
        ext = PHONE_EXT_RE.search(v)
        if ext:
            v, d = v[:ext.start()], digits(v[:ext.start()])
        n = len(d)
        nv = norm(v).lstrip()
        if nv.startswith("+"):
            if d[0] == "7" and (n != 11 or d[1] not in "3489"):
                e.append("bad +7 phone")
            if not 7 <= n <= 15:   # E.164 has 7-digit plans: Niue +683 7012 (libphonenumber)
                e.append("bad intl phone length")
        elif d[0] == "0" and d[1:2] != "0":
            # another country's national form with its trunk prefix 0 (UK, DE, FR, IL, NL, #17)
            if not 9 <= n <= 13:
                e.append("bad national (trunk 0) phone length")
        elif n == 11:
            # Russia 8/7 + area 3, 4, 8, 9; Kazakhstan 8 7xx and Belarus 8 0xx (8 before their
            # national numbers, as Russia)
            if not (d[0] in "78" and d[1] in "3489") and not (d[0] == "8" and d[1] in "70"):
                e.append("bad 11-digit phone")
        elif 8 <= n <= 10 and not (n == 10 and d[0] in "2345689") and re.fullmatch(r"[1-9]\d{1,2}( \d{1,4}){2,}", v.strip()):
            # a national number of a country without a trunk prefix: space-parted groups, the
            # first of two or three digits, and a phone word near
            if not CTX_PHONE.search(text[max(0, start - 64):start]):
                e.append("national phone without a phone word in the preceding 64 chars")
        elif n == 10:
            if d[0] not in "2345689":
                e.append("bad 10-digit phone")
        elif n == 7:
            # a city number without its area code: 3-2-2 and a phone word before it
            if not re.fullmatch(r"[1-9]\d\d([- ])\d\d\1\d\d", v.strip()):
                e.append("7-digit phone not grouped 3-2-2")
            elif not CTX_PHONE.search(text[max(0, start - 64):start]):
                e.append("7-digit phone without a phone word in the preceding 64 chars")
        else:
            e.append("bad phone length %d" % n)
    elif typ == "EMAIL_ADDRESS":
        if not re.search(r"@|\[at\]|\(at\)|<at>|\(собака\)| собака | at ", v, re.I):
            e.append("email without @")
        if v[-1] in ".,)»":
            e.append("trailing punctuation in email span")
    elif typ == "SECRET":
        pass
    elif typ == "PERSON" and re.search(r"(/home/|/Users/|\\\\?[Uu]sers\\\\?)$", text[max(0, start - 8):start]):
        pass  # a home folder in a path: the user's login (rec_handle.c, path_user_at)
    elif (typ == "PERSON" and re.fullmatch(r"[a-z0-9_.-]+@[A-Za-z0-9_-]+", v)
          and re.search(r"(^|\n)(\([^)\n]*\) |\[)?$", text[:start])
          and re.match(r"[: ][~/]", text[start + len(v):])):
        pass  # a shell prompt's login and host opening a line (rec_handle.c, shell_prompt)
    elif typ == "PERSON" and (re.search(r"\[$", text[:start]) and re.fullmatch(r"id[1-9]\d*", v)
                              and text[start + len(v):start + len(v) + 1] == "|"):
        pass  # VK's mention of a user: "[id12345|Иван]" (rec_handle.c, zs_rec_vk_mention)
    elif typ == "PERSON" and re.search(r"(?i)(linkedin\.com/in/|ok\.ru/profile/|"
                                       r"facebook\.com/profile\.php\?id=)$", text[max(0, start - 32):start]):
        pass  # a link whose path says whose it is (rec_handle.c, owned_link)
    elif typ == "PERSON" and re.fullmatch(r"@?[A-Za-z0-9_.]+", v) and re.search(r"[@_\d.]", v):
        # a messenger or network handle (rec_handle.c): the network named before it
        # or a colleague's mention in a work chat or a tracker (tagger_chat.c, chat_mention): after a
        # chat cue or a tracker's field, or opening its line (after a bullet or a greeting), or
        # a work chat's dotted handle of a first name and a surname or an initial anywhere
        # (name_handle: "@maria.lopez", "@anna.k")
        before = text[max(0, start - 32):start]
        mention = re.search(r"(?i)\b(cc|ping|pinged|ask|asked|assign|assigned|reviewers?|assignees?|"
                            r"owners?|authors?|attn|to|from|contact|reporter|approvers?|lead|"
                            r"attendees|participants|спасибо|попроси|спроси|передай|пингани|thanks|thx|ty|"
                            r"congrats|shoutout|dm|dmed|adding|add|added|tagging|tagged|welcome|"
                            r"(looping|loop|looped) in):? *$",
                            before) or re.search(r"(?i)(^|\n)[ \t]*([-*•][ \t]*)?((hi|hey|hello|привет) +)?$",
                                                 before) or re.fullmatch(r"@[a-z]+\.[a-z]+", v)
        if not mention and not re.search(r"(?i)телег|телеграм|\bтг\b|инст|вк|дискорд|tiktok|twitter|telegram|"
                                         r"insta|discord|\bvk\b|\btg\b|t\.me/|\.com/|\bник", text[max(0, start - 96):start + len(v) + 48]):
            e.append("a handle without its network named within 96 chars before or 48 after, "
                     "and no work chat's mention")
    elif (typ == "PERSON" and re.fullmatch(r"@[^\W\d_]+ [^\W\d_][^\W\d_'’-]*", v)
          and all(w[0].isupper() for w in v[1:].split())):
        pass  # a work chat's mention with the display name: "@John Smith" (tagger.c, display_name_end)
    elif typ == "PERSON":
        if not re.search(r"[^\W\d_]", v) or re.search(r"\d|@", v):
            e.append("a person's name has letters and no digits")
    elif typ == "ADDRESS":
        if not re.search(r"\d", v):
            e.append("an address without a house number")
    elif typ == "DATE_OF_BIRTH":
        if not re.search(r"(19|20)?\d\d", v):
            e.append("a date of birth without a year or day")
    elif typ in TOPICS:
        if not re.search(r"[^\W\d_]", v):
            e.append("a topic word has letters")
    elif typ not in TYPES:
        e.append("unknown type")
    return e


TYPES = ["PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "RU_INN",
         "RU_SNILS", "RU_OGRN", "RU_OMS", "RU_PASSPORT", "RU_BANK_ACCOUNT", "RU_CAR_PLATE", "SECRET",
         "PERSON", "ADDRESS", "DATE_OF_BIRTH", "US_SSN"]
TOPICS = ["TOPIC_HEALTH", "TOPIC_BELIEFS", "TOPIC_POLITICS", "TOPIC_ETHNICITY", "TOPIC_INTIMATE_LIFE",
          "TOPIC_CRIMINAL_RECORD"]

SECRET_RE = re.compile(r"\bsk-[\w-]{20,}|AKIA[A-Z0-9]{16}|\bgh[pos]_|github_pat_|glpat-|xox[bp]-|AIza[\w-]{30}"
                       r"|sk_live_|rk_live_|\bAQVN|\by0_|\bt1\.9|eyJ[\w-]+\.eyJ|-----BEGIN")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")


# The engine leaves a built-in type's value wholly inside a UUID alone (src/resolve/resolve.c).
UUID_RE = re.compile(r"(?<![0-9A-Za-z_\u0080-\U0010ffff])[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
                     r"(?![0-9A-Za-z_\u0080-\U0010ffff])")


def check_text(text, spans, where, custom=()):
    """spans: [(type, value, start, end)] on text (plain, unescaped); custom: the types the
    current policy's own rules add. Returns error strings."""
    errs = []
    for typ, v, s, e in spans:
        assert text[s:e] == v
        if typ in custom:
            continue
        for msg in validate_span(typ, v, text, s):
            errs.append("%s: %s %r: %s" % (where, typ, v, msg))
        if v != v.strip():
            errs.append("%s: %s %r has surrounding whitespace" % (where, typ, v))
    cov = [None] * len(text)
    for typ, v, s, e in spans:
        for i in range(s, e):
            cov[i] = typ
    nt = norm(text)
    ids = [(m.start(), m.end()) for m in UUID_RE.finditer(text)]

    def region(a, b):
        if any(i <= a and b <= j for i, j in ids) and set(cov[a:b]) == {None}:
            return "id"
        ts = set(cov[a:b])
        if ts == {None}:
            return "out"
        if len(ts) == 1:
            return ts.pop()
        return "partial"

    for m in re.finditer(r"\d[\d\x00]*", nt):
        d = m.group().replace("\x00", "")
        reg = region(m.start(), m.end())
        if reg in ("partial", "id"):
            continue
        found = free_types(d)
        if re.search(r"\d[.\uff0e]$", nt[:m.start()]):
            found = set()            # the tail of a dotted number (an IP, a version, a fraction)
        if reg == "out" and found:
            errs.append("%s: unlabelled %r would pass %s" % (where, text[m.start():m.end()], found))
        elif reg != "out":
            extra = found - {reg}
            if reg == "RU_OMS":
                extra.discard("CREDIT_CARD")
            if reg == "SECRET":      # a longer secret span wins over digits inside it
                extra = set()
            if reg == "PHONE_NUMBER" and nt[:m.start()].rstrip(" (\u00a0").endswith("+"):
                extra = set()        # a '+' and a country code make a phone, whatever checksum (#17)
            before = text[max(0, m.start() - 64):m.start()]
            if (reg == "PHONE_NUMBER" and len(d) == 10 and d[0] == "9" and CTX_PHONE.search(before)
                    and not re.search(r"(?i)инн|\binn\b", before)):
                extra.discard("RU_INN")  # a mobile next to a phone word, though its digits pass the INN's check
            if extra:
                errs.append("%s: %s span digits %r also pass %s" % (where, reg, d, extra))
    for m in re.finditer(r"\d+(?:[ \-\u00a0\u202f\u2011\x00]{1,2}\d+)+", nt):
        if region(m.start(), m.end()) != "out":
            continue
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            for j in range(i + 2, len(groups) + 1):
                d = "".join(groups[i:j])
                if card_ok(d):
                    errs.append("%s: unlabelled grouped %r contains a valid card %s" % (where, m.group(), d))
    # a 3-2-4 number the engine would take for an SSN (without the phone and order words that
    # make it something else)
    for m in re.finditer(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?!\d|\1\d)", nt):
        d = m.group().replace("-", "").replace(" ", "")
        if nt[:m.start()].endswith(m.group(1)) and re.search(r"\d$", nt[:m.start() - 1]):
            continue
        if CTX_PHONE.search(text) or CTX_NOT_ID.search(text):
            continue
        if region(m.start(), m.end()) == "out" and ssn_ok(d) and d not in SSN_FAMOUS:
            errs.append("%s: unlabelled SSN-like %r" % (where, m.group()))
    checks = [(SECRET_RE, "secret-like"), (EMAIL_RE, "email-like"), (PLATE_RE, "plate-like")]
    for rx, what in checks:
        for m in rx.finditer(text):
            if region(m.start(), m.end()) == "out":
                errs.append("%s: unlabelled %s %r" % (where, what, m.group()))
    for m in IPV4_RE.finditer(nt):
        if all(int(x) <= 255 for x in m.groups()) and region(m.start(), m.end()) == "out":
            errs.append("%s: unlabelled IPv4 %r" % (where, m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?", text):
        if iban_ok(m.group()) and region(m.start(), m.end()) == "out":
            errs.append("%s: unlabelled valid IBAN %r" % (where, m.group()))
    return errs


def check_spec_file(path):
    errs, n, counts, custom = [], 0, Counter(), set()
    lines = open(path, encoding="utf-8").read().split("\n")
    name = os.path.basename(path)
    inp = None
    for no, line in enumerate(lines, 1):
        where = "%s:%d" % (name, no)
        if line.startswith("> "):
            if inp is not None:
                errs.append("%s: previous case has no '=' line" % where)
            inp = line[2:]
        elif line.startswith("= "):
            if inp is None:
                errs.append("%s: '=' without '>'" % where)
                continue
            marked = line[2:]
            plain_esc, _ = parse_marked(marked)
            if plain_esc != inp:
                errs.append("%s: '=' line without markup differs from '>' line" % where)
            text, spans = parse_marked(unescape(marked))
            for t, *_ in spans:
                counts[t] += 1
            if not spans:
                counts["(none)"] += 1
            errs += check_text(text, spans, where, custom)
            if "\n" in marked or L in inp or R_ in inp:
                errs.append("%s: stray markup" % where)
            n += 1
            inp = None
        elif line.startswith("@policy"):
            arg = line[len("@policy"):].strip()
            rules = [] if arg == "default" else json.loads(arg).get("rules", [])
            custom = {r.get("type") for r in rules}
        elif (line.startswith("~ ") or line.startswith("@vault ")
              or line.startswith("< ") or line.startswith("<= ") or line.startswith("#")
              or not line.strip()):
            pass
        else:
            errs.append("%s: unknown line %r" % (where, line[:40]))
    return errs, n, counts


PHONE_EXT_RE = re.compile(r"(?:,?\s*\(?\s*(?:добавочный|доб\.?|внутр\.|вн\.|extension|ext\.?|x)\s*\d{1,6}\)?)$", re.I)


def check_corpus(path):
    errs, recs = [], []
    ids = set()
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        where = "%s:%d" % (os.path.basename(path), no)
        try:
            r = json.loads(line)
        except ValueError as ex:
            errs.append("%s: bad JSON %s" % (where, ex))
            continue
        for k in ("id", "source", "lang", "text", "pii"):
            if k not in r:
                errs.append("%s: missing %s" % (where, k))
        if r["id"] in ids:
            errs.append("%s: duplicate id" % where)
        ids.add(r["id"])
        if r["source"] not in ("salon", "clinic", "shop", "ai_prompt", "crm", "log"):
            errs.append("%s: bad source" % where)
        if r["lang"] not in ("ru", "en"):
            errs.append("%s: bad lang" % where)
        text, spans, pos, used = r["text"], [], 0, Counter()
        for item in r["pii"]:
            v = item["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                errs.append("%s: value %r not in text" % (where, v))
                continue
            k = used[v]
            used[v] += 1
            if k >= len(occ):
                errs.append("%s: value %r listed more often than it occurs" % (where, v))
                continue
            s = occ[k]
            spans.append((item["type"], v, s, s + len(v)))
        for v, c in used.items():
            if text.count(v) != c:
                errs.append("%s: value %r occurs %d times, listed %d" % (where, v, text.count(v), c))
        spans.sort(key=lambda x: x[2])
        for a, b in zip(spans, spans[1:]):
            if b[2] < a[3]:
                errs.append("%s: overlapping labels %r %r" % (where, a[1], b[1]))
        for typ, v, s, e in spans:
            if s > 0 and text[s - 1].isalnum() and typ != "SECRET" or e < len(text) and text[e].isalnum() and typ != "SECRET":
                errs.append("%s: %r is glued to a word/number" % (where, v))
        errs += check_text(text, spans, where)
        recs.append(r)
    return errs, recs

# ================================================================================== SPEC CASES

SPEC = OrderedDict()

SPEC["phone"] = r"""
# PHONE_NUMBER: Russian +7 / 8 formats, 10-digit, international, US; span = '+' / '(' / first digit .. last digit.

## Russian mobile, +7
=~ Здравствуйте! Запишите меня на стрижку в пятницу, мой номер ⟦PHONE_NUMBER|+7 (912) 345-67-89⟧
= Позвоните мне по номеру ⟦PHONE_NUMBER|+7 912 345-67-89⟧ после шести
= Мой телефон: ⟦PHONE_NUMBER|+79123456789⟧, пишите в WhatsApp
= Контакт клиента ⟦PHONE_NUMBER|+7 912 3456789⟧ — перезвонить завтра до обеда
= тел ⟦PHONE_NUMBER|+7-926-111-22-33⟧ (только вечером)
= Номер для связи ⟦PHONE_NUMBER|+7 (999) 123 45 67⟧
= Курьер просил набрать ⟦PHONE_NUMBER|+7(903)765-43-21⟧ за час до доставки
= Hi, it's me again, my Russian number is ⟦PHONE_NUMBER|+7 985 222 33 44⟧

## Russian, trunk prefix 8
=~ Запишите на маникюр в субботу на 11:00, ⟦PHONE_NUMBER|8-912-345-67-89⟧
= ⟦PHONE_NUMBER|89123456789⟧ — это мой номер, звоните
= Городской: ⟦PHONE_NUMBER|8 (495) 123-45-67⟧, добавочный 204
= Регистратура ⟦PHONE_NUMBER|8 (812) 600-12-34⟧ работает с 8:00 до 20:00
= Звоните ⟦PHONE_NUMBER|8 800 555-35-35⟧, звонок бесплатный
= мой номер ⟦PHONE_NUMBER|8 9 1 2 3 4 5 6 7 8 9⟧ запишите пожалуйста
= Номер ⟦PHONE_NUMBER|8(903)1234567⟧ не отвечает второй день
= Офис в Екатеринбурге: ⟦PHONE_NUMBER|8 343 123-45-67⟧
= Перезвоните мне на ⟦PHONE_NUMBER|8 (4012) 55-66-77⟧, это Калининград

## Ten digits without the country code
= Перезвоните на ⟦PHONE_NUMBER|912-345-67-89⟧ после обеда
= Мой номер ⟦PHONE_NUMBER|(912) 345-67-89⟧, без восьмерки
= Телефон мобильный ⟦PHONE_NUMBER|(916) 555-12-34⟧ — Whatsapp есть

## International
= Our London office: ⟦PHONE_NUMBER|+44 20 7946 0958⟧
=~ Call me at ⟦PHONE_NUMBER|+1 (415) 555-2671⟧ tomorrow morning
= Berlin: ⟦PHONE_NUMBER|+49 30 1234567⟧, ask for the front desk
= Номер в Минске ⟦PHONE_NUMBER|+375 29 123-45-67⟧ (Viber)
= Киевский номер ⟦PHONE_NUMBER|+380 67 123 4567⟧, лучше в Телеграм
= Paris office ⟦PHONE_NUMBER|+33 1 42 68 53 00⟧ is closed on Mondays
= Грузинская симка: ⟦PHONE_NUMBER|+995 555 12 34 56⟧

## US format with separators
= My cell is ⟦PHONE_NUMBER|(415) 555-2671⟧, text first please
= The support line ⟦PHONE_NUMBER|415-555-2671⟧ is open 24/7

## Boundaries
= ⟦PHONE_NUMBER|+7 (912) 345-67-89⟧ — перезвоните, пожалуйста
= Номер: ⟦PHONE_NUMBER|8 912 345 67 89⟧.
= (тел. ⟦PHONE_NUMBER|+7 912 345-67-89⟧)
= Телефон:⟦PHONE_NUMBER|89123456789⟧,почту пришлю позже
= «⟦PHONE_NUMBER|+7 912 345 67 89⟧» — так и запишите в карточку
= Two numbers: ⟦PHONE_NUMBER|+7 912 345-67-89⟧ and ⟦PHONE_NUMBER|+7 903 111-22-33⟧
= Мой номер ⟦PHONE_NUMBER|+7 912 345-67-89⟧!!!
= ⟦PHONE_NUMBER|89123456789⟧
= Жду звонка на ⟦PHONE_NUMBER|8-999-000-11-22⟧?

## Same number, same pseudonym (compared as digits)
=~ Мама: ⟦PHONE_NUMBER|+7 912 345-67-89⟧, папа: ⟦PHONE_NUMBER|+7 903 111-22-33⟧, ещё раз мама — ⟦PHONE_NUMBER|+7 (912) 345 67 89⟧
=~ Основной ⟦PHONE_NUMBER|89261112233⟧, запасной ⟦PHONE_NUMBER|8 (926) 111-22-33⟧ — это один и тот же

## Not phones
= Номер договора 31234567890 от прошлого года
= Лицевой счёт 51234567891 — оплатите до 25 числа
= Номер 8 (612) 345-67-89 не обслуживается
= Перевела 8 900 руб. за курс, остаток 12 500 руб.
= Заказ оформлен 12.03.2024 в 14:35, номер 4521
= Код из СМС: 845 217
= Рост 178, вес 72, размер обуви 43
""" + r"""
## Mask policy: keeps the first digit (after '+') and the last two digits, and every separator
@policy {"types":{"PHONE_NUMBER":{"action":"mask"}}}
=~ Позвоните ⟦PHONE_NUMBER|+7 (912) 345-67-89⟧ вечером ~~ Позвоните +7 (***) ***-**-89 вечером
=~ Мой номер ⟦PHONE_NUMBER|+79123456789⟧ ~~ Мой номер +7********89
=~ London: ⟦PHONE_NUMBER|+44 20 7946 0958⟧ ~~ London: +4* ** **** **58
=~ Домашний ⟦PHONE_NUMBER|8 (495) 123-45-67⟧ ~~ Домашний 8 (***) ***-**-67
=~ Call ⟦PHONE_NUMBER|+1 (415) 555-2671⟧ or ⟦PHONE_NUMBER|+7 912 345-67-89⟧ ~~ Call +1 (***) ***-**71 or +7 *** ***-**-89
@policy default
"""

SPEC["email"] = r"""
# EMAIL_ADDRESS: plain, upper case, Cyrillic IDN, obfuscated; trailing . , ) » are not part of the span.

## Plain addresses
=~ Пришлите прайс на ⟦EMAIL_ADDRESS|ivan.petrov@mail.ru⟧, пожалуйста
= Мой e-mail: ⟦EMAIL_ADDRESS|anna_smirnova85@yandex.ru⟧
= Please reply to ⟦EMAIL_ADDRESS|j.doe+orders@gmail.com⟧ with the invoice
= ⟦EMAIL_ADDRESS|support@shop-example.com⟧ — наш адрес поддержки
= Результаты пришлём на ⟦EMAIL_ADDRESS|m.kuznetsova@clinic-zdorovie.ru⟧ в течение дня
= Contact ⟦EMAIL_ADDRESS|info@sub.domain.co.uk⟧ for bulk orders
= Почта сотрудника ⟦EMAIL_ADDRESS|a.ivanova@corp.company.ru⟧ (отдел продаж)
= Чек отправьте на ⟦EMAIL_ADDRESS|k-99_zakaz@bk.ru⟧
= Напиши мне на ⟦EMAIL_ADDRESS|d.sokolov@gmail.com⟧ — скину фотки

## Upper and mixed case
= ⟦EMAIL_ADDRESS|IVAN.PETROV@MAIL.RU⟧ — пишите сюда
=~ Write to ⟦EMAIL_ADDRESS|Ivan.Petrov@Mail.ru⟧ or ⟦EMAIL_ADDRESS|ivan.petrov@mail.ru⟧, it is the same box
= Send the contract to ⟦EMAIL_ADDRESS|Legal@Example.COM⟧ today

## Cyrillic (IDN)
= Пишите на ⟦EMAIL_ADDRESS|почта@пример.рф⟧
= ⟦EMAIL_ADDRESS|иван.петров@почта.рф⟧, отвечу в течение дня
= Заявки принимаем на ⟦EMAIL_ADDRESS|info@магазин.рф⟧ круглосуточно

## Obfuscated
=~ пишите ⟦EMAIL_ADDRESS|ivan [at] mail [dot] ru⟧
= e-mail: ⟦EMAIL_ADDRESS|ivan(at)mail.ru⟧
= ⟦EMAIL_ADDRESS|anna.k[at]yandex[dot]ru⟧ — так боты не соберут
= contact me at ⟦EMAIL_ADDRESS|john.smith [at] gmail [dot] com⟧ please

## Trailing punctuation and brackets
= Пишите: ⟦EMAIL_ADDRESS|olga@mail.ru⟧.
= (⟦EMAIL_ADDRESS|olga@mail.ru⟧)
= «⟦EMAIL_ADDRESS|olga@mail.ru⟧»
=~ ⟦EMAIL_ADDRESS|olga@mail.ru⟧, ⟦EMAIL_ADDRESS|petr@bk.ru⟧ и ⟦EMAIL_ADDRESS|info@list.ru⟧ — все три рабочие
= Email:⟦EMAIL_ADDRESS|sales@example.com⟧; phone later
= My email is ⟦EMAIL_ADDRESS|tom.baker@outlook.com⟧!

## Not emails
= Подписывайтесь на @salon_krasoty в Telegram
= Встречаемся @ 15:00 у главного входа
= Цена 2 шт @ 500 руб.
= Напишите нам в чат, ответим за 5 минут
"""

SPEC["card"] = r"""
# CREDIT_CARD: 13-19 digits, Luhn-valid, real issuer prefix; ungrouped, 4-4-4-4 with spaces or dashes, Amex 4-6-5.

## Visa, Mastercard, Mir
=~ Оплатите вот этой картой ⟦CREDIT_CARD|@@card:visa:4-4-4-4@@⟧, я потом переведу
= Номер карты: ⟦CREDIT_CARD|@@card:mc:4-4-4-4:-@@⟧
= Карта Мир ⟦CREDIT_CARD|@@card:mir:4-4-4-4@@⟧, срок 12/27
= ⟦CREDIT_CARD|@@card:mir2@@⟧ — переведи сюда 1500
= Card number ⟦CREDIT_CARD|@@card:visa2:4-4-4-4@@⟧ exp 09/26
= New Mastercard range ⟦CREDIT_CARD|@@card:mc22:4-4-4-4@@⟧ was declined
= ⟦CREDIT_CARD|@@card:mc27@@⟧ is the card on file
= Скинь на карту Сбера ⟦CREDIT_CARD|@@card:mir4:4-4-4-4@@⟧ до вечера
= Карта ⟦CREDIT_CARD|@@card:visa3:4-4-4-4:-@@⟧ заблокирована, что делать?
= Тинькофф ⟦CREDIT_CARD|@@card:mc2@@⟧ (кредитка)

## Other schemes and lengths
= Amex ⟦CREDIT_CARD|@@card:amex:4-6-5@@⟧ expires 11/25
= Please charge my Amex ⟦CREDIT_CARD|@@card:amex4@@⟧
= Maestro ⟦CREDIT_CARD|@@card:maestro@@⟧ не принимается терминалом
= UnionPay ⟦CREDIT_CARD|@@card:unionpay:4-4-4-4@@⟧
= JCB card ⟦CREDIT_CARD|@@card:jcb:4-4-4-4@@⟧, Tokyo branch
= Discover ⟦CREDIT_CARD|@@card:discover:4-4-4-4:-@@⟧
= Old 13-digit Visa ⟦CREDIT_CARD|@@card:visa13@@⟧ still in the CRM
= Мир, 19 цифр: ⟦CREDIT_CARD|@@card:mir19@@⟧
= Visa 19 digits ⟦CREDIT_CARD|@@card:visa19:4-4-4-4-3@@⟧
= Maestro 18: ⟦CREDIT_CARD|@@card:maestro18@@⟧

## Luhn-invalid: nothing
= Карта @@badcard:visa:4-4-4-4@@ не проходит, проверьте
= Номер @@badcard:mir@@ — это точно карта?
= Amex @@badcard:amex:4-6-5@@ declined
= @@badcard:mc:4-4-4-4:-@@ вводил три раза

## Luhn-valid but no issuer prefix: nothing
= Номер сертификата @@luhn:9:16:4-4-4-4@@ на 5000 руб.
= Код подарочной карты @@luhn:1:16@@

## Boundaries
= (карта ⟦CREDIT_CARD|@@card:visa:4-4-4-4@@⟧)
= ⟦CREDIT_CARD|@@card:mir:4-4-4-4@@⟧.
= Карта:⟦CREDIT_CARD|@@card:mc@@⟧,CVV не пишу
=~ Две карты: ⟦CREDIT_CARD|@@card:visa:4-4-4-4@@⟧ и ⟦CREDIT_CARD|@@card:mir@@⟧
= ⟦CREDIT_CARD|@@card:visa2@@⟧
""" + r"""
## Mask policy: only the last four digits stay, separators are kept
@policy {"types":{"CREDIT_CARD":{"action":"mask"}}}
=~ Карта ⟦CREDIT_CARD|@@card:visa:4-4-4-4: :9019@@⟧ ~~ Карта **** **** **** 9019
=~ Card ⟦CREDIT_CARD|@@card:mc:4-4-4-4:-:4417@@⟧ declined ~~ Card ****-****-****-4417 declined
=~ ⟦CREDIT_CARD|@@card:mir:::0071@@⟧ ~~ ************0071
=~ Amex ⟦CREDIT_CARD|@@card:amex:4-6-5: :1005@@⟧ ~~ Amex **** ****** *1005
@policy default
"""

SPEC["iban"] = r"""
# IBAN_CODE: mod-97 == 1 and the right length for the country; grouped by 4 or compact.

## Valid
=~ Please wire the deposit to ⟦IBAN_CODE|DE89 3704 0044 0532 0130 00⟧ by Friday
= IBAN: ⟦IBAN_CODE|GB82WEST12345698765432⟧
= Реквизиты для перевода в евро: ⟦IBAN_CODE|@@iban:FR:g@@⟧
= Rekening ⟦IBAN_CODE|@@iban:NL@@⟧, t.n.v. the company
= Cuenta ⟦IBAN_CODE|@@iban:ES:g@@⟧ para la reserva
= IBAN ⟦IBAN_CODE|@@iban:IT@@⟧ (Italy)
= Swiss account ⟦IBAN_CODE|@@iban:CH:g@@⟧
= Получатель в Казахстане, IBAN ⟦IBAN_CODE|@@iban:KZ@@⟧
= Счёт в Турции: ⟦IBAN_CODE|@@iban:TR:g@@⟧
= IBAN ⟦IBAN_CODE|@@iban:AE@@⟧ — Dubai
= Cyprus: ⟦IBAN_CODE|@@iban:CY:g@@⟧
= Lithuanian IBAN ⟦IBAN_CODE|@@iban:LT@@⟧
= Грузия, ⟦IBAN_CODE|@@iban:GE:g@@⟧
= ⟦IBAN_CODE|@@iban:PL:g@@⟧ — Polish supplier, net 30

## Invalid checksum or length: nothing
= Wrong IBAN DE89 3704 0044 0532 0130 01 bounced
= GB82WEST12345698765431 is not accepted
= IBAN @@badiban:FR:g@@ — банк вернул платёж
= Too short: @@badleniban:DE:g@@
= Проверьте @@badleniban:GB@@, кажется не хватает цифры

## Boundaries
= (IBAN ⟦IBAN_CODE|@@iban:AT:g@@⟧)
= ⟦IBAN_CODE|@@iban:BE@@⟧.
=~ Two accounts: ⟦IBAN_CODE|@@iban:DE:g@@⟧ and ⟦IBAN_CODE|@@iban:NL:g@@⟧
"""

SPEC["ip"] = r"""
# IP_ADDRESS: IPv4 (octets <= 255, port excluded) and IPv6 full / compressed.

## IPv4
=~ Сервер ⟦IP_ADDRESS|192.168.1.10⟧ не отвечает с утра
= curl http://⟦IP_ADDRESS|10.0.0.5⟧:8080/health returns 502
= ⟦IP_ADDRESS|192.168.1.10⟧:8080 — админка там
= ERROR connection refused from ⟦IP_ADDRESS|203.0.113.45⟧ port 443
= IP клиента: ⟦IP_ADDRESS|85.143.12.7⟧.
= Маска подсети ⟦IP_ADDRESS|255.255.255.0⟧, шлюз ⟦IP_ADDRESS|192.168.0.1⟧
= DNS поставьте ⟦IP_ADDRESS|1.1.1.1⟧ или ⟦IP_ADDRESS|8.8.8.8⟧
= 2024-03-12 14:35:22 WARN login failed for admin from ⟦IP_ADDRESS|91.204.33.117⟧
= [⟦IP_ADDRESS|172.16.254.1⟧] GET /api/v1/orders 200 12ms
= ssh root@⟦IP_ADDRESS|46.101.22.9⟧ -p 2222

## IPv6
= Адрес ⟦IP_ADDRESS|2001:0db8:85a3:0000:0000:8a2e:0370:7334⟧ в логах
=~ Host ⟦IP_ADDRESS|2001:db8::8a2e:370:7334⟧ is unreachable
= link-local ⟦IP_ADDRESS|fe80::1⟧ on eth0
= Bind to ⟦IP_ADDRESS|::1⟧ only
= http://[⟦IP_ADDRESS|2001:db8::1⟧]:8443/status
= client=⟦IP_ADDRESS|2a02:6b8::2:242⟧ ua=Mozilla/5.0

## Not IP addresses
= Обновитесь до версии 1.2.3, там исправлено
= Windows 10.0.19045.3803, сборка свежая
= Встреча в 12:30:45 по Москве
= Адрес 256.1.1.1 невалидный, и 192.168.1.300 тоже
= Release v2.3.1 fixes the crash
= Курс 92.45 руб., вчера был 91.80
"""

SPEC["inn"] = r"""
# RU_INN: 10 digits (organisation) or 12 (person), checksum-valid, written as one group.

## Valid
=~ ИНН организации ⟦RU_INN|7707083893⟧, КПП 773601001
= ИНН ⟦RU_INN|500100732259⟧ (ИП)
= Проверь контрагента ⟦RU_INN|@@inn10:78@@⟧ по базе
= ИНН:⟦RU_INN|@@inn10:54@@⟧
= ИНН/КПП ⟦RU_INN|7707083893⟧/773601001
= Самозанятый, ИНН ⟦RU_INN|@@inn12:77@@⟧, чек пришлю
= Supplier tax ID (INN) ⟦RU_INN|@@inn10:66@@⟧ — please verify
= Мой ИНН ⟦RU_INN|@@inn12:50@@⟧.
= (ИНН ⟦RU_INN|@@inn12:16@@⟧)
= ⟦RU_INN|@@inn10:23@@⟧ — ИНН поставщика
=~ Два ИНН: ⟦RU_INN|@@inn10:77@@⟧ и ⟦RU_INN|@@inn12:78@@⟧
= Оплата от ⟦RU_INN|@@inn10:02@@⟧ прошла
= ИНН ⟦RU_INN|@@inn10:36@@⟧ — Воронеж, похож на десятизначный номер, но это ИНН

## Off by one: nothing
= ИНН 7707083894 не проходит проверку
= ИНН @@badinn12:77@@ — опечатка?
= Проверь @@badinn10:50@@, сервис ругается
= ИНН 500100732258

## Not an INN
= Номер заявки 1234567890 — заполните анкету
= Номер накладной 123456789012
"""

SPEC["snils"] = r"""
# RU_SNILS: 11 digits with checksum; grouped 3-3-3 2 or ungrouped (ungrouped starting 7/8 needs the word СНИЛС).

## Grouped
=~ СНИЛС ⟦RU_SNILS|112-233-445 95⟧
= Мой снилс ⟦RU_SNILS|@@snils:grouped@@⟧, полис пришлю позже
= ⟦RU_SNILS|@@snils:grouped@@⟧ — страховой номер сотрудника
= СНИЛС: ⟦RU_SNILS|@@snils:grouped:8@@⟧.
= (СНИЛС ⟦RU_SNILS|@@snils:grouped:7@@⟧)
= Employee SNILS ⟦RU_SNILS|@@snils:grouped@@⟧ for the HR file
= Отправила СНИЛС ⟦RU_SNILS|@@snils:grouped@@⟧ в бухгалтерию

## Ungrouped
= СНИЛС ⟦RU_SNILS|11223344595⟧
= Номер ⟦RU_SNILS|@@snils:plain:1@@⟧ — это страховой
= снилс:⟦RU_SNILS|@@snils:plain:2@@⟧
=~ СНИЛС ⟦RU_SNILS|@@snils:plain:79@@⟧ (да, начинается с семёрки)
= СНИЛС сотрудника ⟦RU_SNILS|@@snils:plain:84@@⟧

## Ungrouped, starts like a phone, no context: it is a phone
= Позвоните по номеру ⟦PHONE_NUMBER|@@snils:plain:89@@⟧ после обеда

## Off by one: nothing
= СНИЛС @@badsnils:grouped@@ не принимают
= Страховой номер @@badsnils:plain:1@@ с ошибкой
= СНИЛС 112-233-445 96
"""

SPEC["ogrn"] = r"""
# RU_OGRN: 13 digits starting 1 or 5 (mod 11), OGRNIP 15 digits starting 3 (mod 13).

## OGRN
=~ ОГРН ⟦RU_OGRN|1027700132195⟧
= ОГРН ⟦RU_OGRN|@@ogrn:1@@⟧, ИНН ⟦RU_INN|@@inn10:77@@⟧
= Компания зарегистрирована, ОГРН: ⟦RU_OGRN|@@ogrn:5@@⟧.
= Registration number (OGRN) ⟦RU_OGRN|@@ogrn:1@@⟧
= ⟦RU_OGRN|@@ogrn:1@@⟧ — проверь в ЕГРЮЛ
= (ОГРН ⟦RU_OGRN|@@ogrn:5@@⟧)

## OGRNIP
= ОГРНИП ⟦RU_OGRN|@@ogrnip@@⟧
=~ ИП, ОГРНИП: ⟦RU_OGRN|@@ogrnip@@⟧, ИНН ⟦RU_INN|@@inn12:77@@⟧
= Sole trader OGRNIP ⟦RU_OGRN|@@ogrnip@@⟧

## Off by one or wrong first digit: nothing
= ОГРН 1027700132196 не найден
= ОГРН @@badogrn:1@@ — в выписке другой
= ОГРНИП @@badogrnip@@ не найден в реестре
= Номер @@ogrn:2@@ — не ОГРН, первая цифра 2
"""

SPEC["oms"] = r"""
# RU_OMS: 16-digit Luhn-valid policy number, ONLY with a context word (полис, ОМС, медицинского страхования).

## With context
=~ Полис ОМС ⟦RU_OMS|@@oms:77@@⟧, запишите на приём
= Номер полиса: ⟦RU_OMS|@@oms:78@@⟧
= Полис обязательного медицинского страхования ⟦RU_OMS|@@oms:16@@⟧
= ОМС ⟦RU_OMS|@@oms:74@@⟧ — подойдёт для записи?
= My OMS policy number is ⟦RU_OMS|@@oms:77@@⟧
= полис ⟦RU_OMS|@@oms:02@@⟧.

## Context wins over a card-like prefix
= Полис ОМС ⟦RU_OMS|@@oms:50@@⟧ (начинается как карта)

## Without context
= Код бронирования @@luhn:77:16@@
= Карта ⟦CREDIT_CARD|@@card:visa@@⟧

## Luhn-invalid with context: nothing
= Полис ОМС @@badoms:77@@ не проходит проверку
= Номер полиса @@badoms:78@@
"""

SPEC["passport"] = r"""
# RU_PASSPORT: series + number (10 digits) ONLY with a context word in the preceding ~40 characters;
# context words are never part of the span.

## Basic
=~ Паспорт ⟦RU_PASSPORT|4510 123456⟧, выдан в 2015 году
= Паспортные данные: ⟦RU_PASSPORT|45 10 123456⟧
= Паспорт: ⟦RU_PASSPORT|4510123456⟧
= паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧ — отправил в бухгалтерию
= Passport ⟦RU_PASSPORT|@@passport:4-6@@⟧ (Russian internal)
= Для договора нужен паспорт, вот: ⟦RU_PASSPORT|@@passport:2-2-6@@⟧
= Паспорт РФ ⟦RU_PASSPORT|@@passport:plain@@⟧.

## Series / number words
= серия ⟦RU_PASSPORT|4510 № 123456⟧
= Паспорт серия ⟦RU_PASSPORT|45 10 номер 123456⟧
=~ Паспорт серии ⟦RU_PASSPORT|4612 №654321⟧, код подразделения 500-012
= серия ⟦RU_PASSPORT|4008 номер 771122⟧

## Without context: nothing
= Код заказа 4510 123456
= Паспорт я потеряла ещё летом, поэтому пока пришлю только другие документы, а номер 4510 123456 не ищите

## Boundaries
= (паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧)
= паспорт:⟦RU_PASSPORT|@@passport:4-6@@⟧,остальное позже
=~ Паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧, СНИЛС ⟦RU_SNILS|@@snils:grouped@@⟧, ИНН ⟦RU_INN|@@inn12:50@@⟧
"""

SPEC["bank"] = r"""
# RU_BANK_ACCOUNT: 20 digits; with a BIK (04xxxxxxx) in the message the control key must hold,
# without a BIK a context word is needed (р/с, расчётный счёт, счёт, к/с, account).

## With a BIK
=~ Реквизиты: БИК @@bik#b1@@, р/с ⟦RU_BANK_ACCOUNT|@@acc:%b1@@⟧
= р/с ⟦RU_BANK_ACCOUNT|@@acc:%b2:40817810@@⟧ в банке, БИК @@bik#b2@@
= БИК @@bik#b3@@ счёт получателя ⟦RU_BANK_ACCOUNT|@@acc:%b3:40802810@@⟧
= Bank BIK @@bik#b4@@, account ⟦RU_BANK_ACCOUNT|@@acc:%b4@@⟧
= Переведите на ⟦RU_BANK_ACCOUNT|@@acc:%b5:40817810@@⟧ (БИК @@bik#b5@@)

## With a BIK the control key must hold: nothing
= БИК @@bik#b6@@, р/с @@badacc:%b6@@ — платёж вернулся
= р/с @@badacc:%b7:40817810@@ БИК @@bik#b7@@

## Without a BIK: context word
= Расчётный счёт ⟦RU_BANK_ACCOUNT|@@acc:044525974@@⟧
= р/с ⟦RU_BANK_ACCOUNT|@@acc:044030653:40702810@@⟧.
= Номер счета ⟦RU_BANK_ACCOUNT|@@acc:045004641:40817810@@⟧ для зарплаты
= к/с ⟦RU_BANK_ACCOUNT|30101810400000000225⟧
= Account ⟦RU_BANK_ACCOUNT|@@acc:044525187:40702840@@⟧ (USD)
= Мой счёт: ⟦RU_BANK_ACCOUNT|@@acc:046577964:40817810@@⟧, переведите аванс

## Without a BIK and without context: nothing
= Код операции 40817810123456789012 в выписке
= Идентификатор 12345678901234567890
"""

SPEC["plate"] = r"""
# RU_CAR_PLATE: letter, 3 digits, 2 letters, region (2-3 digits); letters АВЕКМНОРСТУХ or Latin lookalikes.

## Valid
=~ Машина ⟦RU_CAR_PLATE|А123ВС77⟧ стоит у входа
= Пропуск на ⟦RU_CAR_PLATE|а 123 вс 777⟧, въезд с 9 утра
= Guest car ⟦RU_CAR_PLATE|A123BC 77⟧ (white Kia)
= Такси ⟦RU_CAR_PLATE|Х777ХХ 199⟧ ждёт у подъезда
= Номер авто ⟦RU_CAR_PLATE|М001ММ97⟧.
= ⟦RU_CAR_PLATE|о 555 ор 116⟧ — это мой, не эвакуируйте
= Курьер приедет на ⟦RU_CAR_PLATE|К 432 НЕ 750⟧
= (⟦RU_CAR_PLATE|Т001ТТ 78⟧)
= Car plate ⟦RU_CAR_PLATE|E555KX 150⟧ parked in spot 12
= Запишите номер: ⟦RU_CAR_PLATE|У 987 РС 47⟧

## Not plates
= Номер Б123ВГ77 — таких букв в номерах нет
= W123AB77 is a German-looking code
= Машина А123ВС, регион не помню
= Артикул А1234ВС77 в каталоге
"""

SPEC["secret"] = r"""
# SECRET: API keys, tokens, JWTs, PEM private keys, values after password:/пароль:, URL credentials.

## API keys
=~ Вот мой ключ ⟦SECRET|@@secret:openai@@⟧ почему не работает?
= OPENAI_API_KEY=⟦SECRET|@@secret:openai_proj@@⟧
= Anthropic key: ⟦SECRET|@@secret:anthropic@@⟧
= aws_access_key_id = ⟦SECRET|@@secret:aws@@⟧
= GitHub token ⟦SECRET|@@secret:ghp@@⟧ expired?
= git clone with ⟦SECRET|@@secret:gho@@⟧ fails
= Installation token ⟦SECRET|@@secret:ghs@@⟧ in the CI log
= GH_TOKEN=⟦SECRET|@@secret:github_pat@@⟧
= GitLab: ⟦SECRET|@@secret:glpat@@⟧
= SLACK_BOT_TOKEN=⟦SECRET|@@secret:xoxb@@⟧
= user token ⟦SECRET|@@secret:xoxp@@⟧
= Google Maps key ⟦SECRET|@@secret:google@@⟧ — лимиты кончились
=~ Stripe ⟦SECRET|@@secret:stripe@@⟧ в проде, не коммить
= restricted key ⟦SECRET|@@secret:stripe_rk@@⟧
= Яндекс Облако, API-ключ: ⟦SECRET|@@secret:yc_api@@⟧
= OAuth-токен Яндекса ⟦SECRET|@@secret:yc_oauth@@⟧
= IAM_TOKEN=⟦SECRET|@@secret:yc_iam@@⟧

## JWT
= Authorization: Bearer ⟦SECRET|@@secret:jwt@@⟧
=~ Почему этот токен невалиден? ⟦SECRET|@@secret:jwt@@⟧

## PEM private keys
= Вот ключ сервера:\n⟦SECRET|@@secret:pem@@⟧\nчто не так?
= ⟦SECRET|@@secret:pem_rsa@@⟧
= key.pem:\n⟦SECRET|@@secret:pem_ec@@⟧
= id_ed25519:\n⟦SECRET|@@secret:pem_openssh@@⟧\n(не публикуйте)

## Passwords (the value only)
=~ логин ivanov, пароль: ⟦SECRET|Kx9#mP2v!q⟧
= Пароль: ⟦SECRET|Qwerty2024!⟧ от почты, смени потом
= password: ⟦SECRET|Tr0ub4dor&3⟧
= пароль = ⟦SECRET|Zx81!kq_Lm⟧ для вайфая
= Wi-Fi: SalonGuest, пароль:⟦SECRET|Beauty2024$⟧

## URL credentials (user:password only)
= https://⟦SECRET|user:pa55w0rd⟧@host/
= Репозиторий: https://⟦SECRET|deploy:G7hq2Lx9⟧@git.local/team/app.git
= DATABASE_URL=postgres://⟦SECRET|app:S3cr3tPg2024⟧@localhost:5432/prod

## Not secrets
= Ключ sk-test не работает, это заглушка
= AKIAEXAMPLE — это пример из документации
= Забыл пароль от личного кабинета, как восстановить?
= Пароль должен быть не короче 8 символов
= Смотри https://example.com/docs/api-keys
= Ветка feature/ghp-cleanup смержена
"""

SPEC["negatives"] = r"""
# Hard negatives: nothing here is personal data.

## Prices and amounts
= Стрижка стоит 12 500 ₽, окрашивание — от 3 000 руб.
= Квартира за 1 250 000 руб. — торг уместен
= Итого к оплате: 45 990,00 ₽ (с НДС 20%)
= Total: $1,250.00, shipping $12.99
= Депозит 150 000 руб. под 16,5% годовых
= Сумма возврата 8 912 руб. поступит в течение 10 дней

## Orders, tracking, documents
= Ваш заказ №123456789 передан в доставку
= Трек-номер RA123456789RU, посылка в пути
= Заказ 4521-778 собран, ждём курьера
= Платёжное поручение № 1234 от 12.03.2024
= Order #A-2024-00917 has shipped
= Накладная СДЭК 1234567890123 — ждите смс
= Счёт на оплату № 45 от 12.03, оплатите до пятницы

## Dates and times
= Запись на 12.03.2024 в 14:30 подтверждена
= [2024-03-12 14:35:22] INFO worker started
= Приём с 10:00 до 21:00, без выходных
= Встречаемся 2024-03-12T14:35:22Z
= Сезон 2019–2024, 5 лет подряд

## Versions and builds
= Обновите приложение до v2.3.1
= Версия библиотеки 1.2.3, сборка 4567
= node 20.11.1, npm 10.2.4
= Android 14, патч 2024-03-05

## SKUs, barcodes, codes
= Артикул 4607012345679, штрихкод тот же
= EAN 4600000000013 — проверьте остаток
= SKU HX-2231-BLK-M
= ISBN 978-5-699-12345-6
= Промокод SPRING24 даёт скидку 15%

## Quantities, rooms, percentages
= Скидка 15%, кэшбэк 5 %
= 2 шт. по 350 г, итого 700 г
= Комната 214 свободна, ключ на ресепшене
= Батарея 87%, осталось 3 ч 20 мин
= Room 1204, 3 nights, 2 adults

## Phone-like numbers that fail the rules
= Номер договора 21234567890
= Код 11223344556 не подошёл
= +7 (123) 456-78-90 — такого номера не бывает
= 8 (612) 345-67-89 — не городской, не мобильный
= Номер 12345 в очереди

## Plain questions
= Здравствуйте, а у вас есть свободные окна на завтра?
= Сколько стоит доставка в Казань?
= Can you reschedule my appointment to next week?
= Спасибо, всё получила 🙏
= Напишите текст поздравления для коллеги, 5 предложений
"""

SPEC["adversarial"] = r"""
# Adversarial forms that must still be found: full-width digits, invisible characters inside a
# number (the span covers them), NBSP / narrow NBSP group separators, non-breaking hyphen,
# upper-case e-mails, Latin lookalike letters in plates.

## Full-width digits
=~ Мой номер ⟦PHONE_NUMBER|＋７ ９１２ ３４５ ６７ ８９⟧
= Телефон ⟦PHONE_NUMBER|８ ９１２ ３４５-６７-８９⟧
= Карта ⟦CREDIT_CARD|@@fw:card:visa:4-4-4-4@@⟧
= ИНН ⟦RU_INN|@@fw:inn10:77@@⟧

## Zero-width space, soft hyphen, word joiner inside the number
=~ Позвоните ⟦PHONE_NUMBER|+7 912\u{200B}345\u{200B}67\u{200B}89⟧
= тел ⟦PHONE_NUMBER|8\u{00AD}912\u{00AD}345\u{00AD}67\u{00AD}89⟧
= ⟦PHONE_NUMBER|+7\u{2060}912\u{2060}3456789⟧ — звоните
= ⟦PHONE_NUMBER|8912\u{200B}3456789⟧
= Карта ⟦CREDIT_CARD|@@card:mir:4-4-4-4:\u{200B}@@⟧
= Карта ⟦CREDIT_CARD|@@card:visa:4-4-4-4: \u{200B}@@⟧ ещё раз
= ИНН ⟦RU_INN|7707\u{200B}083893⟧
= СНИЛС ⟦RU_SNILS|112\u{00AD}-233-445 95⟧
= Passport ⟦RU_PASSPORT|4510\u{2060}123456⟧

## NBSP, narrow NBSP and non-breaking hyphen as separators
= Номер ⟦PHONE_NUMBER|+7\u{00A0}912\u{00A0}345-67-89⟧
= Номер ⟦PHONE_NUMBER|8\u{202F}912\u{202F}345\u{202F}67\u{202F}89⟧
= Тел.: ⟦PHONE_NUMBER|8\u{2011}912\u{2011}345\u{2011}67\u{2011}89⟧
= Карта ⟦CREDIT_CARD|@@card:mc:4-4-4-4:\u{00A0}@@⟧
= Card ⟦CREDIT_CARD|@@card:visa2:4-4-4-4:\u{202F}@@⟧
= Card ⟦CREDIT_CARD|@@card:mir:4-4-4-4:\u{2011}@@⟧
= СНИЛС ⟦RU_SNILS|112\u{2011}233\u{2011}445\u{00A0}95⟧
= IBAN ⟦IBAN_CODE|DE89\u{00A0}3704\u{00A0}0044\u{00A0}0532\u{00A0}0130\u{00A0}00⟧
= Паспорт ⟦RU_PASSPORT|4510\u{00A0}123456⟧

## Upper-case e-mails
= ⟦EMAIL_ADDRESS|ANNA.SMIRNOVA@YANDEX.RU⟧
=~ Пишите на ⟦EMAIL_ADDRESS|ANNA.SMIRNOVA@YANDEX.RU⟧ или ⟦EMAIL_ADDRESS|anna.smirnova@yandex.ru⟧

## Latin lookalikes in plates
= Машина ⟦RU_CAR_PLATE|A123ВС77⟧ (первая буква латинская)
= ⟦RU_CAR_PLATE|М 456 OP 99⟧ — смешанные буквы
= Plate ⟦RU_CAR_PLATE|x001kx 77⟧

## Invisible characters in a negative stay negative
= Цена 12\u{00A0}500\u{00A0}₽
= Заказ №123\u{200B}456\u{200B}789 в пути
"""

SPEC["mixed"] = r"""
# Several types in one message: CRM rows, log lines, prompts with pasted tables, bookings.

## Bookings and orders
=~ Добрый день! Запишите на окрашивание в субботу. Телефон ⟦PHONE_NUMBER|+7 916 555-12-34⟧, почта ⟦EMAIL_ADDRESS|lena.k@mail.ru⟧
= Заказ №88123 оплачен картой ⟦CREDIT_CARD|@@card:mir:4-4-4-4@@⟧, доставка на ⟦PHONE_NUMBER|8 903 765-43-21⟧
=~ Перезвоните на ⟦PHONE_NUMBER|+7 912 345-67-89⟧ или напишите ⟦EMAIL_ADDRESS|olga@mail.ru⟧; если не отвечу — ⟦PHONE_NUMBER|89123456789⟧
= Клиника, запись на 15.04 в 10:30: полис ОМС ⟦RU_OMS|@@oms:77@@⟧, СНИЛС ⟦RU_SNILS|@@snils:grouped@@⟧, тел. ⟦PHONE_NUMBER|+7 926 111-22-33⟧
= Доставка 2 шт, 3 490 ₽, машина курьера ⟦RU_CAR_PLATE|В 321 КМ 799⟧, звонить ⟦PHONE_NUMBER|8-977-123-45-67⟧

## CRM rows
=~ Клиент;Телефон;Email;ИНН\nООО Ромашка;⟦PHONE_NUMBER|+7 (495) 123-45-67⟧;⟦EMAIL_ADDRESS|info@romashka.ru⟧;⟦RU_INN|7707083893⟧
= id=1042 | ⟦PHONE_NUMBER|+7 999 123-45-67⟧ | ⟦EMAIL_ADDRESS|client1042@gmail.com⟧ | VIP
= ИП, ИНН ⟦RU_INN|@@inn12:77@@⟧, ОГРНИП ⟦RU_OGRN|@@ogrnip@@⟧, р/с ⟦RU_BANK_ACCOUNT|@@acc:%m1:40802810@@⟧, БИК @@bik#m1@@
=~ ООО «Вектор», ИНН ⟦RU_INN|@@inn10:50@@⟧, ОГРН ⟦RU_OGRN|@@ogrn:1@@⟧, р/с ⟦RU_BANK_ACCOUNT|@@acc:%m2@@⟧, БИК @@bik#m2@@
= Name,Phone,Card\n⟦PERSON|J. Doe⟧,⟦PHONE_NUMBER|+1 (415) 555-2671⟧,⟦CREDIT_CARD|@@card:visa2@@⟧

## Logs
= 2024-03-12 14:35:22 INFO user=⟦EMAIL_ADDRESS|ivan.petrov@mail.ru⟧ ip=⟦IP_ADDRESS|85.143.12.7⟧ action=login
= 12/Mar/2024:14:35:22 +0300 ⟦IP_ADDRESS|10.12.0.7⟧ "POST /api/orders HTTP/1.1" 201 512
=~ [ERROR] auth failed token=⟦SECRET|@@secret:openai@@⟧ from ⟦IP_ADDRESS|192.168.1.10⟧:51544
= WARN payment declined card=⟦CREDIT_CARD|@@card:mc@@⟧ ip=⟦IP_ADDRESS|2001:db8::8a2e:370:7334⟧

## Prompts to an AI assistant
= Составь письмо клиенту ⟦EMAIL_ADDRESS|a.sergeev@yandex.ru⟧: его заказ 77421 задерживается на 2 дня
= Проанализируй таблицу:\nтел;сумма\n⟦PHONE_NUMBER|+7 912 000-11-22⟧;12 500\n⟦PHONE_NUMBER|+7 912 000-33-44⟧;8 300
= Fix my code: client = OpenAI(api_key="⟦SECRET|@@secret:openai@@⟧")
= Why does boto3 fail? key ⟦SECRET|@@secret:aws@@⟧ region eu-central-1
= Проверь договор: паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧, ИНН ⟦RU_INN|@@inn12:50@@⟧, счёт ⟦RU_BANK_ACCOUNT|@@acc:044525593:40817810@@⟧
""" + r"""
## Label policy for phones and e-mails
@policy {"types":{"PHONE_NUMBER":{"action":"label"},"EMAIL_ADDRESS":{"action":"label"}}}
=~ Телефон ⟦PHONE_NUMBER|+7 916 555-12-34⟧, почта ⟦EMAIL_ADDRESS|lena.k@mail.ru⟧
=~ ⟦PHONE_NUMBER|8 912 345 67 89⟧ и ⟦PHONE_NUMBER|8 903 765 43 21⟧
=~ Write to ⟦EMAIL_ADDRESS|tom.baker@outlook.com⟧ or ⟦EMAIL_ADDRESS|TOM.BAKER@OUTLOOK.COM⟧

## Secrets removed instead of blocked
@policy {"types":{"SECRET":{"action":"remove"}}}
=~ Ключ ⟦SECRET|@@secret:openai@@⟧ не работает
=~ password: ⟦SECRET|Tr0ub4dor&3⟧

## INN allowed: reported but kept
@policy {"types":{"RU_INN":{"action":"allow"}}}
=~ ИНН ⟦RU_INN|7707083893⟧ для счёта
@policy default
"""

# ================================================================================== CORPUS

CR = random.Random(52024)   # separate stream so that spec values do not move when the corpus grows

RU_FIRST = ["ivan", "anna", "olga", "dmitry", "elena", "sergey", "maria", "alexey", "natalia", "pavel",
            "irina", "nikita", "ekaterina", "andrey", "svetlana", "maxim", "yulia", "artem", "daria", "oleg"]
RU_LAST = ["petrov", "smirnova", "ivanov", "kuznetsova", "sokolov", "popova", "lebedev", "kozlova",
           "novikov", "morozova", "volkov", "pavlova", "fedorov", "orlova", "egorov", "nikitina"]
EN_FIRST = ["john", "emma", "michael", "sarah", "david", "laura", "james", "olivia", "daniel", "kate"]
EN_LAST = ["smith", "johnson", "brown", "miller", "wilson", "taylor", "clark", "walker", "hall", "young"]
RU_DOM = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru", "ya.ru", "rambler.ru"]
EN_DOM = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "proton.me"]
RU_NAMES = ["Иван Петров", "Анна Смирнова", "Ольга Кузнецова", "Дмитрий Соколов", "Елена Попова",
            "Сергей Лебедев", "Мария Козлова", "Алексей Новиков", "Наталья Морозова", "Павел Волков",
            "Ирина Павлова", "Никита Фёдоров", "Екатерина Орлова", "Андрей Егоров", "Светлана Никитина"]
EN_NAMES = ["John Smith", "Emma Johnson", "Michael Brown", "Sarah Miller", "David Wilson",
            "Laura Taylor", "James Clark", "Olivia Walker"]
COMPANIES = ["ООО «Ромашка»", "ООО «Вектор»", "АО «СтройИнвест»", "ООО «Техснаб»", "ООО «Альфа-Мед»",
             "ООО «Северный ветер»", "ООО «ЛогистикПро»", "АО «Агроком»", "ООО «Бьюти Лайн»"]


def c_email(en=False):
    f, l = CR.choice(EN_FIRST if en else RU_FIRST), CR.choice(EN_LAST if en else RU_LAST)
    local = CR.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s" % (l, f[0]), "%s%d" % (f, CR.randint(70, 2005)),
                       "%s.%s%d" % (f[0], l, CR.randint(1, 99))])
    return local + "@" + CR.choice(EN_DOM if en else RU_DOM)


def c_phone(kind="ru"):
    if kind == "intl":
        return CR.choice(["+44 20 7946 %04d" % CR.randint(0, 9999), "+1 (%d) 555-%04d" % (CR.choice([212, 415, 312, 646]), CR.randint(100, 199)),
                          "+49 30 %07d" % CR.randint(1000000, 9999999), "+375 29 %03d-%02d-%02d" % (CR.randint(100, 999), CR.randint(10, 99), CR.randint(10, 99))])
    code = CR.choice(["9%02d" % CR.randint(0, 99)] * 6 + ["495", "499", "812", "343", "383", "846"])
    a, b, c = "%03d" % CR.randint(100, 999), "%02d" % CR.randint(0, 99), "%02d" % CR.randint(0, 99)
    fmt = CR.choice(["+7 ({code}) {a}-{b}-{c}", "+7 {code} {a}-{b}-{c}", "+7{code}{a}{b}{c}", "8 {code} {a} {b} {c}",
                     "8{code}{a}{b}{c}", "8-{code}-{a}-{b}-{c}", "8 ({code}) {a}-{b}-{c}", "+7 {code} {a} {b} {c}",
                     "+7-{code}-{a}-{b}-{c}", "8({code}){a}-{b}-{c}"])
    return fmt.format(code=code, a=a, b=b, c=c)


def c_ip(v6=False):
    if v6:
        return CR.choice(["2a02:6b8::%x" % CR.randint(1, 4095), "2001:db8:%x::%x" % (CR.randint(1, 4095), CR.randint(1, 255)),
                          "fe80::%x:%x" % (CR.randint(256, 65535), CR.randint(1, 65535)), "2a00:1450:4010:c05::%x" % CR.randint(16, 255)])
    first = CR.choice([5, 31, 37, 46, 77, 78, 79, 85, 87, 91, 95, 109, 176, 178, 185, 188, 193, 212, 217])
    return "%d.%d.%d.%d" % (first, CR.randint(0, 255), CR.randint(0, 255), CR.randint(1, 254))


def c_lan():
    return CR.choice(["192.168.%d.%d" % (CR.randint(0, 10), CR.randint(2, 254)), "10.%d.%d.%d" % (CR.randint(0, 40), CR.randint(0, 255), CR.randint(2, 254)),
                      "172.16.%d.%d" % (CR.randint(0, 31), CR.randint(2, 254))])


def c_pwd():
    while True:
        s = "".join(CR.choice(ALNUM + "!#$%&*_") for _ in range(CR.randint(10, 14)))
        if re.search(r"[A-Z]", s) and re.search(r"\d", s) and re.search(r"[a-z]", s) and not re.search(r"\d{5,}", s):
            return s


_CPH = {"rph": lambda: c_phone(), "iph": lambda: c_phone("intl"), "rem": lambda: c_email(),
        "remen": lambda: c_email(True), "rip": lambda: c_ip(), "rip6": lambda: c_ip(True),
        "lan": c_lan, "pwd": c_pwd}


def cexpand(text):
    text = re.sub(r"@@(rph|iph|rem|remen|rip|rip6|lan|pwd)@@", lambda m: _CPH[m.group(1)](), text)
    return expand(text)


def M(t, v):
    return "%s%s|%s%s" % (L, t, v, R_)


SRC = {"sa": "salon", "cl": "clinic", "sh": "shop", "ai": "ai_prompt", "cr": "crm", "lo": "log"}

# Hand-written messages: "src lang marked-text" per line (src: sa salon, cl clinic, sh shop, ai ai_prompt,
# cr crm, lo log). Placeholders: @@rph@@ random RU phone in a random common format, @@iph@@ foreign
# phone, @@rem@@ / @@remen@@ e-mail, @@rip@@ / @@rip6@@ / @@lan@@ IPs, @@pwd@@ password, plus the
# checksum generators of the spec DSL.
HAND = r"""
sa ru Здравствуйте, запишите на стрижку в пятницу после 18, мой номер ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Добрый вечер! Хочу на маникюр с покрытием к ⟦PERSON|Светлане⟧, в субботу утром. Телефон ⟦PHONE_NUMBER|@@rph@@⟧, зовут ⟦PERSON|Ирина⟧
sa ru запишите плз на окрашивание 😊 ⟦PHONE_NUMBER|@@rph@@⟧ ⟦PERSON|Катя⟧
sa ru Здраствуйте) можно на брови в четверг? мой номер ⟦PHONE_NUMBER|@@rph@@⟧ , если что звоните
sa ru Перенесите мою запись с 14:00 на 16:00 пожалуйста, номер тот же ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Хочу подарочный сертификат на 5000 для подруги, чек на почту ⟦EMAIL_ADDRESS|@@rem@@⟧
sa en Hi! Can I book a haircut for Saturday 11am? My number is ⟦PHONE_NUMBER|+44 7700 900123⟧
sa ru Отмените запись на завтра, ⟦TOPIC_HEALTH|заболела⟧. Телефон ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Запишите маму на педикюр, её номер ⟦PHONE_NUMBER|@@rph@@⟧, мой ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Добрый день, оплатила предоплату 1000 р с карты ⟦CREDIT_CARD|@@card:mir:4-4-4-4@@⟧, проверьте пожалуйста
sa ru Парковка для клиентов есть? Я буду на машине ⟦RU_CAR_PLATE|Е 234 КХ 777⟧, белый солярис
sa ru Привет, это ⟦PERSON|Оля⟧, запиши меня к ⟦PERSON|Насте⟧ на наращивание, на почту ⟦EMAIL_ADDRESS|olya.ne@yandex.ru⟧ скинь прайс
sa ru Мой инстаграм @anya_nails, телефон ⟦PHONE_NUMBER|@@rph@@⟧ — ваше объявление про моделей актуально?
sa ru Записалась через сайт, подтверждение не пришло на ⟦EMAIL_ADDRESS|@@rem@@⟧, проверьте
sa ru Сколько стоит мужская стрижка + борода? номер ⟦PHONE_NUMBER|@@rph@@⟧ перезвоните
sa ru Хочу оформить абонемент на 10 массажей, счёт выставьте на ИП, ИНН ⟦RU_INN|@@inn12@@⟧
sa en Please send the invoice for the bridal package to ⟦EMAIL_ADDRESS|emma.wilson@gmail.com⟧, phone ⟦PHONE_NUMBER|+1 (917) 555-0142⟧
sa ru Я ваш постоянный клиент, карта лояльности 00123, телефон привязан ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Можно записать ребенка на стрижку? Папа отвезет, его номер ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Перевела за окрашивание на карту мастера ⟦CREDIT_CARD|@@card:visa@@⟧ 4500р, скрин отправлю
sa ru Опаздываю минут на 10, стою в пробке 🙈 если что ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Добрый день. Нужна запись на ламинирование ресниц, желательно вторник. Контакты: ⟦PHONE_NUMBER|@@rph@@⟧, ⟦EMAIL_ADDRESS|@@rem@@⟧
sa ru Ищу работу мастером маникюра, резюме отправила на ⟦EMAIL_ADDRESS|hr@salon-lotos.ru⟧, мой номер ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Для договора аренды кресла: паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧, ИНН ⟦RU_INN|@@inn12@@⟧ (самозанятая)
sa ru Здравствуйте! Запишите на депиляцию 👍 ⟦PHONE_NUMBER|@@rph@@⟧
sa en Hi, I'm running late for my 3pm appointment, call me on ⟦PHONE_NUMBER|+7 915 404-22-18⟧ if needed
sa ru Оплата абонемента по счёту: р/с ⟦RU_BANK_ACCOUNT|@@acc:%s1@@⟧, БИК @@bik#s1@@, ИНН ⟦RU_INN|@@inn10@@⟧
sa ru а можно в вотсап написать? вот номер ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Мастер ⟦PERSON|Лена⟧ дала свой номер ⟦PHONE_NUMBER|@@rph@@⟧ а он не отвечает, запишите через вас
sa ru Отзыв: всё супер, спасибо ⟦PERSON|Марине⟧! Если нужны фото для соцсетей — пишите ⟦EMAIL_ADDRESS|@@rem@@⟧
sa ru Какой пароль от вайфая? А, нашла на стойке: SalonGuest, пароль: ⟦SECRET|Lotos2024!⟧
sa ru Сертификат на имя ⟦PERSON|Веры⟧, доставить на ⟦EMAIL_ADDRESS|vera.m@list.ru⟧ до 8 марта
sa ru запишите на 2 стрижки (я и сын), тел ⟦PHONE_NUMBER|@@rph@@⟧
sa en Can you text me the salon address? ⟦PHONE_NUMBER|(646) 555-0199⟧
sa ru Добрый день, я сейчас в Германии, верните предоплату на мой IBAN ⟦IBAN_CODE|@@iban:DE:g@@⟧, если можно
sa ru Верните пожалуйста предоплату на карту ⟦CREDIT_CARD|@@card:mir2:4-4-4-4@@⟧, запись отменяю
sa ru Звоните на рабочий ⟦PHONE_NUMBER|8 (495) 617-45-20⟧ доб. 113 или сотовый ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Здравствуйте. Хочу записаться к колористу. Я ⟦PERSON|Юлия⟧, ⟦PHONE_NUMBER|@@rph@@⟧, ⟦EMAIL_ADDRESS|@@rem@@⟧
sa en Hi there, booking for two: nails + pedicure on Friday. Email ⟦EMAIL_ADDRESS|sarah.j.miller@yahoo.com⟧
sa ru Я записывалась по номеру ⟦PHONE_NUMBER|@@rph@@⟧, но хочу поменять на новый ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Добрый! на завтра на 10 есть место? я ⟦PERSON|Алина⟧ ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Пишите лучше на почту, телефон часто разряжен: ⟦EMAIL_ADDRESS|@@rem@@⟧
sa en Booking for my wife, Thursday 4pm, balayage. Reach me at ⟦EMAIL_ADDRESS|@@remen@@⟧ or ⟦PHONE_NUMBER|@@iph@@⟧
sa ru Оплачу по ссылке, пришлите на ⟦EMAIL_ADDRESS|@@rem@@⟧. Карта ⟦CREDIT_CARD|@@card:mc:4-4-4-4@@⟧ уже привязана?
sa ru Мой номер поменялся, старый ⟦PHONE_NUMBER|@@rph@@⟧ больше не актуален
sa ru Здравствуйте, сколько стоит окрашивание в технике шатуш на средние волосы?
sa ru Есть свободное окно на завтра после 17:00?
sa ru А стрижка 2 500 ₽ это с укладкой или без?
sa ru Спасибо большое, всё очень понравилось 😍
sa ru Во сколько вы открываетесь в воскресенье?
sa ru Можно ли оплатить картой на месте? И есть ли скидка 10% для студентов?
sa ru Запишите на 15.03 на 12:30, я уже была у вас, данные есть
sa ru Как к вам добраться от метро? 5 минут пешком?
sa en Hi, do you have any openings this Saturday?
sa en Is the 20% discount still valid for the keratin treatment?
sa ru Покрытие гель-лак держится 3 недели, это нормально?
sa ru Перенесите на 16:00 пожалуйста, если можно
sa ru Подарочный сертификат №4512 ещё действует?
sa ru Сколько по времени длится процедура — 1,5 часа или 2?
sa ru Какие у вас есть мастера по бровям в субботу?
sa ru Оплатила 3 400 руб., чек не пришёл
sa en Can I bring my daughter? She's 7.
sa ru Есть ли безаммиачные красители? Хочу потемнее на 2 тона
sa ru Отменяю запись на пятницу, извините 🙏
sa ru Промокод BEAUTY15 не срабатывает на сайте
sa ru Сколько стоит абонемент на 10 посещений солярия?
sa ru Я опоздаю на 15 минут, не отменяйте пожалуйста 😅
sa ru Сделайте пожалуйста как в прошлый раз, длина 3 см
sa ru Ваш салон на Тверской работает 31 декабря?
sa en Thanks, see you on the 14th at 10:30!
sa ru Мастер ⟦PERSON|Оксана⟧ в отпуске до 20.03? тогда подожду
sa ru Окрашивание + тонирование = 7 800 ₽, верно посчитала?
cl ru Здравствуйте, хочу записаться к терапевту. Полис ОМС ⟦RU_OMS|@@oms:77@@⟧, телефон ⟦PHONE_NUMBER|@@rph@@⟧
cl ru Запишите ребёнка к педиатру, полис ⟦RU_OMS|@@oms:50@@⟧, СНИЛС ⟦RU_SNILS|@@snils:grouped@@⟧
cl ru Результаты анализов пришлите на ⟦EMAIL_ADDRESS|@@rem@@⟧, пожалуйста
cl ru Для оформления договора: паспорт серия ⟦RU_PASSPORT|4519 № 602113⟧, выдан 2019 г.
cl ru Мой снилс ⟦RU_SNILS|@@snils:plain:1@@⟧ — нужен для налогового вычета
cl ru Справку для налогового вычета оформите на ИНН ⟦RU_INN|@@inn12@@⟧, почта ⟦EMAIL_ADDRESS|@@rem@@⟧
cl en Hello, I need to book a dental cleaning. Phone ⟦PHONE_NUMBER|+44 20 7946 0321⟧, email ⟦EMAIL_ADDRESS|@@remen@@⟧
cl ru Перезвоните мне на ⟦PHONE_NUMBER|@@rph@@⟧, не могу дозвониться в регистратуру
cl ru Номер полиса обязательного медицинского страхования ⟦RU_OMS|@@oms:78@@⟧, прикреплена к вам с 2019 года
cl ru Оплатила приём картой ⟦CREDIT_CARD|@@card:visa:4-4-4-4@@⟧, а деньги списались дважды
cl ru Для ДМС: паспортные данные ⟦RU_PASSPORT|@@passport:2-2-6@@⟧, СНИЛС ⟦RU_SNILS|@@snils:grouped@@⟧
cl ru Прошу выслать копию медкарты на ⟦EMAIL_ADDRESS|@@rem@@⟧. Паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧
cl ru Мама ⟦TOPIC_HEALTH|плохо слышит⟧, звоните лучше мне: ⟦PHONE_NUMBER|@@rph@@⟧
cl ru Здравствуйте! Я записана на МРТ на 14.03, номер телефона сменился, новый ⟦PHONE_NUMBER|@@rph@@⟧
cl ru Выставьте счёт на организацию: ООО «Альфа», ИНН ⟦RU_INN|@@inn10@@⟧, ОГРН ⟦RU_OGRN|@@ogrn:1@@⟧ — медосмотр 12 сотрудников
cl ru Реквизиты для возврата: р/с ⟦RU_BANK_ACCOUNT|@@acc:%c1:40817810@@⟧, БИК @@bik#c1@@
cl en Can you send the lab results to ⟦EMAIL_ADDRESS|@@remen@@⟧? Thanks
cl ru Врач просил перезвонить на ⟦PHONE_NUMBER|8 (812) 407-11-90⟧, это по поводу записи
cl ru Полис ОМС: ⟦RU_OMS|@@oms:16@@⟧. СНИЛС: ⟦RU_SNILS|@@snils:grouped@@⟧. Тел: ⟦PHONE_NUMBER|@@rph@@⟧.
cl ru Нужно оформить ⟦TOPIC_HEALTH|больничный⟧, мой СНИЛС ⟦RU_SNILS|@@snils:plain:79@@⟧
cl ru Пропустите на парковку, номер машины ⟦RU_CAR_PLATE|Р 718 АУ 50⟧
cl ru Мой новый email ⟦EMAIL_ADDRESS|@@rem@@⟧, старый больше не работает
cl ru Вычет: ИНН ⟦RU_INN|@@inn12@@⟧, паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧, тел. ⟦PHONE_NUMBER|@@rph@@⟧
cl en Hi, my OMS policy is ⟦RU_OMS|@@oms:77@@⟧ and my phone ⟦PHONE_NUMBER|+7 926 310-44-02⟧, can I see a GP on Monday?
cl ru Пишу за бабушку, её полис ОМС ⟦RU_OMS|@@oms:74@@⟧, мой номер ⟦PHONE_NUMBER|@@rph@@⟧
cl ru Доброе утро, подтверждаю запись на 9:40. Если что, почта ⟦EMAIL_ADDRESS|@@rem@@⟧
cl ru Свяжитесь с моим работодателем по ⟦EMAIL_ADDRESS|hr@techline.ru⟧ насчёт справки
cl ru Возврат за отменённый приём на карту ⟦CREDIT_CARD|@@card:mir@@⟧
cl ru Сын потерял полис, номер помню: ⟦RU_OMS|@@oms:02@@⟧
cl ru Телемедицина: ссылку пришлите на ⟦EMAIL_ADDRESS|@@rem@@⟧ или в телеграм ⟦PHONE_NUMBER|@@rph@@⟧
cl en My insurer needs the invoice; IBAN for the refund is ⟦IBAN_CODE|@@iban:GB@@⟧
cl ru Паспорт ⟦RU_PASSPORT|@@passport:plain@@⟧ — для пропуска в стационар
cl ru Дочь 7 лет, запись к окулисту, телефон папы ⟦PHONE_NUMBER|@@rph@@⟧, мамы ⟦PHONE_NUMBER|@@rph@@⟧
cl ru Отправила согласие на обработку ПД на ⟦EMAIL_ADDRESS|info@medcenter-zdorovie.ru⟧
cl en Please call me back at ⟦PHONE_NUMBER|+49 30 9012 3456⟧, I'm in Berlin till Friday
cl ru Здравствуйте, подскажите, мой полис ⟦RU_OMS|@@oms:66@@⟧ действует в вашей клинике?
cl ru Оплата от юрлица, ИНН ⟦RU_INN|@@inn10@@⟧, счёт ⟦RU_BANK_ACCOUNT|@@acc:%c2@@⟧, БИК @@bik#c2@@
cl ru Во сколько работает регистратура в субботу?
cl ru Сколько стоит приём терапевта без полиса?
cl ru Нужна ли запись на анализ крови или можно прийти с 8:00?
cl ru Кабинет 214 на втором этаже?
cl ru Результаты будут готовы через 3 рабочих дня?
cl ru Можно ли отменить запись на 12.03 на 10:20?
cl ru Приём у кардиолога 2 800 руб, а повторный?
cl en Do you accept international insurance?
cl en What time does the clinic close on Sundays?
cl ru Есть ли у вас детский стоматолог?
cl ru Справка 086/у сколько делается?
cl ru Я на приёме в 15:30, кабинет 305, куда подойти?
cl ru Нужно ли приносить полис на приём?
cl ru Скидка пенсионерам 10% действует на УЗИ?
cl ru Сдала анализы 5 марта, номер заказа 1045876
cl ru Спасибо доктору за внимательность!
cl ru Как подготовиться к УЗИ брюшной полости?
cl en Is parking free for patients?
cl ru Сколько дней действует направление?
cl ru Электронная очередь: ваш номер А-045
cl en Can I reschedule to 2:45 pm on the 21st?
cl ru Подскажите стоимость чекапа «Базовый», 9 900 или уже 10 500?
cl ru Электронный ⟦TOPIC_HEALTH|больничный⟧ закрыли 12.03, когда будет в СФР?
cl ru Талон №17 на 11:20 к неврологу, я подойду к 11:10
sh ru Добрый день, заказ №458812 не пришёл, мой телефон ⟦PHONE_NUMBER|@@rph@@⟧
sh ru Доставьте пожалуйста после 19:00, домофон не работает, звоните ⟦PHONE_NUMBER|@@rph@@⟧
sh ru Оплатил заказ 123456 картой ⟦CREDIT_CARD|@@card:visa:4-4-4-4@@⟧, а статус «не оплачен»
sh ru Верните деньги на карту ⟦CREDIT_CARD|@@card:mc:4-4-4-4:-@@⟧, товар бракованный
sh ru Для юрлица: ООО «Техснаб», ИНН ⟦RU_INN|@@inn10@@⟧, КПП 771001001, р/с ⟦RU_BANK_ACCOUNT|@@acc:%sh1@@⟧, БИК @@bik#sh1@@
sh en Hi, my order #A1029 hasn't arrived. Tracking says delivered. Email ⟦EMAIL_ADDRESS|@@remen@@⟧
sh en Send the receipt to ⟦EMAIL_ADDRESS|@@remen@@⟧ please, I need it for expenses
sh ru Чек отправьте на ⟦EMAIL_ADDRESS|@@rem@@⟧, а не на телефон
sh ru Курьер, я у подъезда, белая машина ⟦RU_CAR_PLATE|С 219 ТМ 177⟧
sh ru Можно самовывоз? Приеду на ⟦RU_CAR_PLATE|Н452ОК99⟧
sh ru Оптовый заказ, счёт на ИП ⟦RU_INN|@@inn12@@⟧, ОГРНИП ⟦RU_OGRN|@@ogrnip@@⟧
sh ru Возврат прошу на р/с ⟦RU_BANK_ACCOUNT|@@acc:044525974:40817810@@⟧
sh en Please refund to my card ⟦CREDIT_CARD|@@card:amex:4-6-5@@⟧ — I returned the jacket
sh en Refund to IBAN ⟦IBAN_CODE|@@iban:NL:g@@⟧ please, the card is closed
sh ru Привяжите заказ к новому номеру ⟦PHONE_NUMBER|@@rph@@⟧ вместо ⟦PHONE_NUMBER|@@rph@@⟧
sh ru Я из Беларуси, номер ⟦PHONE_NUMBER|+375 33 641-22-08⟧, доставка в Минск есть?
sh ru Не могу войти в ЛК, логин ⟦EMAIL_ADDRESS|@@rem@@⟧, пароль: ⟦SECRET|Masha_1990!⟧
sh ru Счёт-оферта: ИНН ⟦RU_INN|@@inn10@@⟧, ОГРН ⟦RU_OGRN|@@ogrn:1@@⟧
sh ru Заберу заказ сама, позвоните за час ⟦PHONE_NUMBER|@@rph@@⟧ 🙂
sh ru ⟦PHONE_NUMBER|@@rph@@⟧ — это номер получателя, а не мой
sh ru Отправьте подтверждение на ⟦EMAIL_ADDRESS|@@rem@@⟧ и ⟦EMAIL_ADDRESS|@@rem@@⟧
sh ru Купил в рассрочку, а списали с карты ⟦CREDIT_CARD|@@card:mir:4-4-4-4@@⟧ сразу всю сумму 45 990 ₽
sh en Hello, can you ship to Moscow? My phone ⟦PHONE_NUMBER|+7 (905) 555-12-34⟧
sh en My card ⟦CREDIT_CARD|@@card:visa2@@⟧ was charged twice for order 55121
sh ru Подтвердите отправку на почту ⟦EMAIL_ADDRESS|ZAKAZ.IVANOVA@MAIL.RU⟧
sh ru Доставка в офис, пропуск на машину ⟦RU_CAR_PLATE|А 777 ВВ 197⟧, контакт ⟦PHONE_NUMBER|@@rph@@⟧
sh ru Мы юрлицо из Казахстана, IBAN ⟦IBAN_CODE|@@iban:KZ@@⟧
sh ru Заказ на подарок, получатель ⟦PHONE_NUMBER|@@rph@@⟧, открытку подпишите «С днём рождения!»
sh ru Почему пришло смс на ⟦PHONE_NUMBER|@@rph@@⟧? Я не оформляла заказ
sh ru Для гарантии просите паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧ — вы точно это требуете?
sh ru Оплата по QR не прошла, перевела по номеру ⟦PHONE_NUMBER|@@rph@@⟧ через СБП
sh en Promo code didn't apply. Account email ⟦EMAIL_ADDRESS|@@remen@@⟧, order 80412
sh ru Поставщик просит оплатить на счёт ⟦RU_BANK_ACCOUNT|@@acc:%sh2@@⟧, БИК @@bik#sh2@@ — это безопасно?
sh ru курьер звонит с номера ⟦PHONE_NUMBER|@@rph@@⟧ это точно ваш?
sh en Pls deliver after 6pm, buzz 12, phone ⟦PHONE_NUMBER|(212) 555-0187⟧
sh ru Хочу вернуть товар, IBAN моего банка в Грузии ⟦IBAN_CODE|@@iban:GE:g@@⟧
sh ru Оплатила картой ⟦CREDIT_CARD|@@card:mir4@@⟧ — а бонусы не начислились
sh ru Номер заказа 77812, телефон в заказе неправильный, верный ⟦PHONE_NUMBER|@@rph@@⟧
sh en Gift order — please email the e-card to ⟦EMAIL_ADDRESS|@@remen@@⟧ on Friday
sh ru Добрый день, есть ли размер 42 в наличии?
sh ru Артикул 4607012345679 — ещё будет поставка?
sh ru Трек-номер RA987654321RU не отслеживается
sh ru Когда придёт заказ 4521778? Оплачен 12.03
sh ru Цена 12 990 ₽ или 11 990 по акции?
sh ru Можно ли вернуть товар без чека в течение 14 дней?
sh ru Доставка до пункта выдачи стоит 199 ₽?
sh en Is this available in size M? SKU HX-2231-BLK-M
sh en How long does shipping to Canada take?
sh ru Заказ 88-1204-77 — где он?
sh ru Скидка 30% на всё до 10.04?
sh ru Ноутбук 15,6", 16 ГБ, 512 ГБ SSD — есть в наличии?
sh ru Штрихкод 4600000000020 не сканируется на кассе
sh ru Оплатил 2 490 руб. за доставку, а курьер просит ещё 300
sh ru Привезите пожалуйста 3 упаковки по 1,5 кг
sh en Version 2.4.1 of your app crashes on checkout
sh ru Промокод WELCOME500 сработал, спасибо!
sh ru Накладная СДЭК 1098765433 — когда отправите?
sh ru Возврат оформлен 05.03.2024, прошло 10 дней
sh ru Где мой кэшбэк 5%?
sh ru Размер 38,5 маломерит?
sh ru Заказ на 15 600 ₽, доставка бесплатная от 5 000 ₽?
sh en Order #A-2024-00917 still processing after 5 days
sh en The package weighs 2.3 kg, why is shipping $24.99?
sh ru Карта заканчивается на 4417, списание 1 290 ₽ — это ваше?
sh ru Оплатила картой **** 9019, деньги списались, а заказа нет
sh ru Заказ 00045127 разделили на 2 посылки?
sh en Can I change the delivery slot to 18:00–21:00?
ai ru Составь вежливое письмо клиенту ⟦EMAIL_ADDRESS|@@rem@@⟧ о задержке заказа на 3 дня
ai ru Вот таблица клиентов, найди дубли:\n⟦PERSON|Иванов⟧;⟦PHONE_NUMBER|@@rph@@⟧;⟦EMAIL_ADDRESS|@@rem@@⟧\n⟦PERSON|Петрова⟧;⟦PHONE_NUMBER|@@rph@@⟧;⟦EMAIL_ADDRESS|@@rem@@⟧\n⟦PERSON|Иванов⟧;⟦PHONE_NUMBER|@@rph@@⟧;—
ai ru Почему мой код не работает?\nimport openai\nopenai.api_key = "⟦SECRET|@@secret:openai@@⟧"
ai en Help me debug this: curl -H "Authorization: Bearer ⟦SECRET|@@secret:jwt@@⟧" https://api.example.com/v1/me
ai en Write a follow-up email to ⟦EMAIL_ADDRESS|@@remen@@⟧ about the unpaid invoice #2024-118
ai ru Переведи на английский: «Уважаемый клиент, ваш номер ⟦PHONE_NUMBER|@@rph@@⟧ привязан к карте ⟦CREDIT_CARD|@@card:mir:4-4-4-4@@⟧»
ai ru Проверь реквизиты на ошибки: ИНН ⟦RU_INN|@@inn10@@⟧, КПП 770401001, ОГРН ⟦RU_OGRN|@@ogrn:1@@⟧, р/с ⟦RU_BANK_ACCOUNT|@@acc:%a1@@⟧, БИК @@bik#a1@@
ai ru Сгенерируй договор оказания услуг. Исполнитель: ИП, ИНН ⟦RU_INN|@@inn12@@⟧, ОГРНИП ⟦RU_OGRN|@@ogrnip@@⟧, паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧
ai en Why is AWS returning AccessDenied? aws_access_key_id=⟦SECRET|@@secret:aws@@⟧
ai en My GitHub Action fails with token ⟦SECRET|@@secret:ghp@@⟧ — what scopes do I need?
ai ru Разбери лог nginx, что за ошибка:\n⟦IP_ADDRESS|@@rip@@⟧ - - [12/Mar/2024:10:01:22 +0300] "GET /login HTTP/1.1" 499 0
ai ru Составь ответ на жалобу. Клиент: тел ⟦PHONE_NUMBER|@@rph@@⟧, заказ 55120, сумма 7 800 ₽
ai ru Вот конфиг, почему не подключается?\nDB_HOST=⟦IP_ADDRESS|@@lan@@⟧\nDB_USER=crm\npassword: ⟦SECRET|@@pwd@@⟧
ai en Can you explain what is inside this JWT? ⟦SECRET|@@secret:jwt@@⟧
ai ru Сделай SQL-запрос, который найдёт клиента с email ⟦EMAIL_ADDRESS|@@rem@@⟧ и телефоном ⟦PHONE_NUMBER|@@rph@@⟧
ai ru Заполни анкету на визу. Паспорт ⟦RU_PASSPORT|@@passport:2-2-6@@⟧, телефон ⟦PHONE_NUMBER|@@rph@@⟧, e-mail ⟦EMAIL_ADDRESS|@@rem@@⟧
ai ru Почему Slack-бот не отвечает? SLACK_BOT_TOKEN=⟦SECRET|@@secret:xoxb@@⟧
ai ru Напиши скрипт на Python, который шлёт SMS на ⟦PHONE_NUMBER|@@rph@@⟧ через API, ключ ⟦SECRET|@@secret:yc_api@@⟧
ai ru Оптимизируй этот запрос к Stripe, ключ ⟦SECRET|@@secret:stripe@@⟧
ai en Here's my .env, what's wrong?\nANTHROPIC_API_KEY=⟦SECRET|@@secret:anthropic@@⟧\nPORT=3000
ai ru Сделай краткое резюме письма: «Добрый день! Прошу вернуть 12 400 руб. на карту ⟦CREDIT_CARD|@@card:visa:4-4-4-4@@⟧. Мой телефон ⟦PHONE_NUMBER|@@rph@@⟧»
ai en Format this as a table: ⟦PERSON|John⟧, ⟦PHONE_NUMBER|+1 (312) 555-0175⟧, ⟦EMAIL_ADDRESS|john.k@acme.io⟧; ⟦PERSON|Mary⟧, ⟦PHONE_NUMBER|+1 (312) 555-0112⟧, ⟦EMAIL_ADDRESS|mary.l@acme.io⟧
ai ru Почему ssh не пускает по ключу? Сервер ⟦IP_ADDRESS|@@rip@@⟧, ключ:\n⟦SECRET|@@secret:pem_openssh@@⟧
ai ru Проверь команду: git remote add origin https://⟦SECRET|oauth2:@@secret:glpat@@⟧@gitlab.company.ru/team/app.git
ai ru Напиши письмо в банк: прошу закрыть счёт ⟦RU_BANK_ACCOUNT|@@acc:044525187:40817810@@⟧ и перевести остаток на карту ⟦CREDIT_CARD|@@card:mir2@@⟧
ai en Translate to Russian: "Please call our office at ⟦PHONE_NUMBER|+44 20 7946 0111⟧ or email ⟦EMAIL_ADDRESS|office@brightline.co.uk⟧"
ai ru Вот выгрузка из CRM, посчитай средний чек:\n⟦PHONE_NUMBER|@@rph@@⟧ — 3 200\n⟦PHONE_NUMBER|@@rph@@⟧ — 5 750\n⟦PHONE_NUMBER|@@rph@@⟧ — 1 990
ai ru Почему YandexGPT API возвращает 401? Заголовок Authorization: Bearer ⟦SECRET|@@secret:yc_iam@@⟧
ai en Review this code:\nconst octokit = new Octokit({ auth: "⟦SECRET|@@secret:github_pat@@⟧" })
ai en Google Maps key ⟦SECRET|@@secret:google@@⟧ returns REQUEST_DENIED, why?
ai ru Напиши претензию в автосалон. Моя машина ⟦RU_CAR_PLATE|О 123 ХА 190⟧, обращение №4412 от 02.03
ai ru Сравни две выписки, ИНН ⟦RU_INN|@@inn10@@⟧ и ⟦RU_INN|@@inn10@@⟧ — это одна компания?
ai en Rewrite professionally: "hey call me asap ⟦PHONE_NUMBER|415-555-0163⟧ re the contract"
ai ru Сделай рассылку клиентам, базу прикладываю:\n⟦EMAIL_ADDRESS|@@rem@@⟧\n⟦EMAIL_ADDRESS|@@rem@@⟧\n⟦EMAIL_ADDRESS|@@rem@@⟧
ai ru Мой пароль: ⟦SECRET|@@pwd@@⟧ — он надёжный?
ai en Explain why this doesn't work: psql "postgresql://⟦SECRET|admin:@@pwd@@⟧@localhost:5432/crm"
ai ru Как правильно хранить СНИЛС ⟦RU_SNILS|@@snils:grouped@@⟧ в базе, шифровать?
ai ru Напиши текст смс: «Ваш заказ готов, код 4412. Вопросы: ⟦PHONE_NUMBER|8 800 200-31-12⟧»
ai en Convert to JSON: name=⟦PERSON|Alex⟧, email=⟦EMAIL_ADDRESS|@@remen@@⟧, card=⟦CREDIT_CARD|@@card:visa2@@⟧
ai ru Помоги с миграцией, переменная YANDEX_OAUTH=⟦SECRET|@@secret:yc_oauth@@⟧ не подхватывается
ai ru Почему вебхук не принимает? В логах: from ⟦IP_ADDRESS|2a02:6b8:c0e:500:1::10⟧ status 403
ai en I pasted my OpenAI key ⟦SECRET|@@secret:openai_proj@@⟧ in a public repo, what should I do?
ai ru Составь акт сверки для ООО «Вектор», ИНН ⟦RU_INN|@@inn10@@⟧, ОГРН ⟦RU_OGRN|@@ogrn:5@@⟧, период январь–март
ai en Draft a reply to the tenant: rent goes to IBAN ⟦IBAN_CODE|@@iban:CY:g@@⟧, due on the 5th
ai ru Переформулируй: «Передайте водителю ⟦RU_CAR_PLATE|К 432 НЕ 750⟧, что груз готов, звонить ⟦PHONE_NUMBER|@@rph@@⟧»
ai ru Почему не работает webhook GitLab? токен ⟦SECRET|@@secret:glpat@@⟧
ai en My Stripe restricted key ⟦SECRET|@@secret:stripe_rk@@⟧ gets 403 on refunds
ai ru Найди ошибку: ключ сервисного аккаунта\n⟦SECRET|@@secret:pem@@⟧
ai ru Напиши пост для соцсетей о весенних скидках 20%
ai en Explain the difference between IPv4 and IPv6 in simple terms
ai ru Как посчитать НДС 20% с суммы 45 990 руб.?
ai ru Составь план обучения новых администраторов на 2 недели
ai en Write a SQL query to find duplicate phone numbers in the customers table
ai ru Придумай 10 названий для салона красоты
ai ru Что означает ошибка 502 Bad Gateway?
ai ru Сравни тарифы: 1 990 ₽ и 2 490 ₽ в месяц, что выгоднее за год?
ai en How do I rotate an API key safely?
ai ru Переведи на английский: «Спасибо за заказ, мы свяжемся с вами в течение 2 часов»
ai en Write a regex that validates Russian phone numbers
ai ru Почему версия 3.11.7 не видит пакет, а 3.10 видит?
ai ru Составь ответ клиенту, который недоволен задержкой доставки на 5 дней
ai ru Сделай сводную таблицу продаж по месяцам: янв 120 000, фев 135 500, мар 141 200
ai ru Объясни, что такое СНИЛС и зачем он нужен работодателю
ai en What is the Luhn algorithm?
ai ru Напиши функцию проверки контрольной суммы ИНН на C
ai en Generate 5 test cases for a date parser: 12.03.2024, 2024-03-12, 03/12/2024
ai ru Как настроить cron на запуск в 03:15 каждый день?
ai en Summarize this article about GDPR fines in 2023
ai ru Придумай промокод для акции, формат 8 символов
ai ru Опиши процесс возврата товара в 5 шагах
ai en Where do I find my AWS access key in the console?
ai ru Как пересчитать 250 долларов в рубли по курсу 92,4?
ai en Write a polite reminder about the meeting at 14:30 tomorrow
ai ru Почему python пишет ModuleNotFoundError, хотя pip install прошёл? версия pip 24.0
ai en Our Kubernetes pod restarts every 5 min, exit code 137 — ideas?
ai ru Напиши регулярку для дат в формате ДД.ММ.ГГГГ
ai ru Сделай описание товара: кроссовки, размеры 36–45, цена 7 990 ₽
ai en Compare PostgreSQL 15 and 16 for a 200 GB database
"""

HAND += r"""
sa ru Девочки, запишите меня к ⟦PERSON|Кате⟧ на коррекцию бровей, ⟦PHONE_NUMBER|@@rph@@⟧, можно в любое время после 12
sa ru Номер мой ⟦PHONE_NUMBER|@@rph@@⟧ , напишите в телегу когда будет окошко
sa ru Можно оплатить сертификат переводом? Номер карты скиньте, мой номер для чека ⟦PHONE_NUMBER|@@rph@@⟧
sa ru я записывалась на 18.00 а мне пришло смс на 17.00, проверьте плиз 🙏 ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Здравствуйте, для корпоративного договора: ООО «Бьюти Лайн», ИНН ⟦RU_INN|@@inn10@@⟧, e-mail бухгалтерии ⟦EMAIL_ADDRESS|buh@beautyline.ru⟧
sa ru Ой, номер перепутала, правильный ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Добрый день! Хотим девичник в салоне на 6 человек, 23.03. Организатор — я, ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Перевод за курс по наращиванию отправила с карты ⟦CREDIT_CARD|@@card:mc2:4-4-4-4@@⟧, 15 000 ₽
sa ru Спасибо за стрижку! Муж тоже хочет, его почта ⟦EMAIL_ADDRESS|@@rem@@⟧ для записи через сайт
sa ru Запишите пожалуйста на чистку лица, я ⟦PERSON|Дарья⟧, номер ⟦PHONE_NUMBER|@@rph@@⟧
sa ru Сколько стоит коррекция нарощенных ресниц через 3 недели?
sa ru А у вас можно расплатиться долями?
sa ru Хочу записаться на 14:00 в субботу, к любому мастеру
sa ru Девушки, а кофе у вас можно попить пока жду? ☕
sa ru Сертификат на 3 000 ₽ можно потратить частями?
cl ru Записываюсь на приём к гинекологу, полис ⟦RU_OMS|@@oms:77@@⟧, телефон ⟦PHONE_NUMBER|@@rph@@⟧
cl ru Выписку пришлите, пожалуйста, на почту ⟦EMAIL_ADDRESS|@@rem@@⟧, забрать лично не смогу
cl ru Подскажите, сын прикреплён к вам? Полис ОМС ⟦RU_OMS|@@oms:78@@⟧, СНИЛС ⟦RU_SNILS|@@snils:plain:1@@⟧
cl ru Для справки в бассейн: телефон мамы ⟦PHONE_NUMBER|@@rph@@⟧, когда можно забрать?
cl ru Компания оплачивает медосмотр: ООО «ЛогистикПро», ИНН ⟦RU_INN|@@inn10@@⟧, р/с ⟦RU_BANK_ACCOUNT|@@acc:%c3@@⟧, БИК @@bik#c3@@
cl ru Перенесите приём на следующую неделю, я на ⟦TOPIC_HEALTH|больничном⟧. Мой номер ⟦PHONE_NUMBER|@@rph@@⟧
cl ru Паспорт ⟦RU_PASSPORT|@@passport:2-2-6@@⟧, прошу оформить договор на платные услуги
cl ru Анализы сдавала по полису ⟦RU_OMS|@@oms:16@@⟧, результатов в личном кабинете нет
cl ru Звонила из регистратуры девушка с номера ⟦PHONE_NUMBER|@@rph@@⟧, это вы?
cl ru Электронную почту поменяла на ⟦EMAIL_ADDRESS|@@rem@@⟧, обновите в карте
cl ru Какие документы нужны для прикрепления? Паспорт и полис?
cl ru Сколько ждать результат ПЦР, сутки?
cl ru Врач принимает по чётным или нечётным?
cl ru Приём стоит 3 200 ₽, а по акции 2 500 ₽ — это до конца месяца?
cl ru Нужна справка для ГИБДД, сколько стоит и сколько по времени?
sh ru Здравствуйте! Заказ 5512047, курьер не приехал, номер для связи ⟦PHONE_NUMBER|@@rph@@⟧
sh ru Оплатил юрлицом, платёжка с р/с ⟦RU_BANK_ACCOUNT|@@acc:044525593@@⟧, деньги ушли 12.03
sh ru Пришлите закрывающие документы на ⟦EMAIL_ADDRESS|@@rem@@⟧, ИНН покупателя ⟦RU_INN|@@inn10@@⟧
sh ru Почему заказ отменили? Оплата с карты ⟦CREDIT_CARD|@@card:mir:4-4-4-4@@⟧ прошла
sh ru Адрес тот же, только телефон другой: ⟦PHONE_NUMBER|@@rph@@⟧
sh ru Курьеру: въезд во двор по номеру машины, скажите номер! Наш гость ⟦RU_CAR_PLATE|В 456 ОР 777⟧
sh ru Возврат на карту ⟦CREDIT_CARD|@@card:visa:4-4-4-4@@⟧ так и не пришёл, прошло 10 дней
sh ru ИП ⟦RU_INN|@@inn12@@⟧ хочет оптовый прайс, ответьте на ⟦EMAIL_ADDRESS|@@rem@@⟧
sh ru Заказываю для мамы, получатель ⟦PHONE_NUMBER|@@rph@@⟧, оплата моей картой
sh ru Логин в приложении ⟦PHONE_NUMBER|@@rph@@⟧, пароль: ⟦SECRET|@@pwd@@⟧ — не пускает, сбросьте
sh ru Подскажите, есть ли доставка в Новосибирск и сколько стоит?
sh ru Заказ №4412-2 пришёл без одной позиции
sh ru Можно оплатить при получении?
sh ru Товар 2 шт. по 1 490 ₽, а в чеке 3 шт.
sh ru Когда снова появится артикул 811204?
sh ru Обменять размер L на M можно в пункте выдачи?
ai ru Проверь грамматику: «Добрый день, направляю реквизиты: ИНН ⟦RU_INN|@@inn10@@⟧, р/с ⟦RU_BANK_ACCOUNT|@@acc:%a2@@⟧, БИК @@bik#a2@@»
ai ru Исправь ошибку в коде:\nheaders = {"Authorization": "Api-Key ⟦SECRET|@@secret:yc_api@@⟧"}
ai ru Сделай таблицу из списка:\n1) ⟦PHONE_NUMBER|@@rph@@⟧ — оплатил\n2) ⟦PHONE_NUMBER|@@rph@@⟧ — не оплатил
ai ru Напиши письмо сотруднику ⟦EMAIL_ADDRESS|@@rem@@⟧ с напоминанием про отчёт
ai ru Проанализируй лог:\nERROR auth failed from ⟦IP_ADDRESS|@@rip@@⟧\nERROR auth failed from ⟦IP_ADDRESS|@@rip@@⟧
ai ru Составь заявление на возврат: карта ⟦CREDIT_CARD|@@card:mir2:4-4-4-4@@⟧, сумма 8 400 ₽, заказ 77120
ai ru Почему git push ругается на remote? Вот он: https://⟦SECRET|ivan:@@pwd@@⟧@git.local/repo.git
ai ru Отформатируй номер телефона ⟦PHONE_NUMBER|@@rph@@⟧ в международный формат
ai ru Заполни шаблон договора: паспорт ⟦RU_PASSPORT|@@passport:4-6@@⟧, СНИЛС ⟦RU_SNILS|@@snils:grouped@@⟧
ai ru Объясни, почему токен ⟦SECRET|@@secret:ghp@@⟧ не работает с приватным репо
ai ru Переведи письмо партнёру, его IBAN ⟦IBAN_CODE|@@iban:FR:g@@⟧ — проверь формат
ai ru Придумай 5 вариантов ответа на отзыв «долго ждали заказ»
ai ru Как в Excel убрать пробелы между цифрами?
ai ru Напиши сценарий звонка для администратора клиники
ai ru Посчитай, сколько будет 15% от 84 500
ai ru Что лучше для маленького салона — amoCRM или Битрикс24?
ai ru Сократи текст до 300 символов, сохрани смысл
ai ru Сделай расписание смен для 4 мастеров на неделю
lo ru 2024-03-12 09:14:03 INFO бот: новая запись, клиент ⟦PHONE_NUMBER|@@rph@@⟧, услуга «стрижка», 15:00
lo ru 2024-03-12 09:20:41 WARN не удалось отправить чек на ⟦EMAIL_ADDRESS|@@rem@@⟧: mailbox full
lo ru 2024-03-12 10:02:17 INFO оплата заказа 55120 прошла, сумма 3 490 ₽
lo ru 2024-03-12 10:05:59 ERROR интеграция 1С: таймаут 30 с, повтор через 60 с
cr ru Клиент: ⟦PERSON|Анна⟧\nтел ⟦PHONE_NUMBER|@@rph@@⟧\nзаметка: ⟦TOPIC_HEALTH|аллергия⟧ на латекс, перчатки нитриловые
cr ru Напомнить 20.03: продлить абонемент, клиент ⟦EMAIL_ADDRESS|@@rem@@⟧
cr ru Воронка «Запись»: 124 заявки, 87 визитов, конверсия 70%
cr ru Отказ: дорого (12), не дозвонились (7), передумали (3)
"""

# ---------------------------------------------------------------------------------- CRM rows and log lines
# Generated from many layouts with random field choices; about a third carry no PII.

def crm_message(i):
    c = CR.choice
    en = CR.random() < 0.3
    k = i % 12
    if k == 0:
        rows = ["Имя;Телефон;Email;Сумма"] if not en else ["Name,Phone,Email,Total"]
        for _ in range(CR.randint(1, 4)):
            nm = c(EN_NAMES if en else RU_NAMES)
            sep = "," if en else ";"
            rows.append(sep.join([M("PERSON", nm), M("PHONE_NUMBER", c_phone("intl" if en else "ru")),
                                  M("EMAIL_ADDRESS", c_email(en)), "%d %03d" % (CR.randint(1, 99), CR.randint(0, 999))]))
        return en, "\\n".join(rows)
    if k == 1:
        nm = c(RU_NAMES)
        lines = ["Карточка клиента", "ФИО: " + M("PERSON", nm), "Тел.: " + M("PHONE_NUMBER", c_phone()),
                 "E-mail: " + M("EMAIL_ADDRESS", c_email()), "Комментарий: " + c(["перезвонить после 18", "VIP, скидка 10%", "хочет на окрашивание", "не дозвонились 2 раза", "оплатил аванс 30%"])]
        return False, "\\n".join(lines)
    if k == 2:
        return False, "Сделка #%d | Этап: %s | Контакт: %s | %s | Сумма: %s ₽" % (
            CR.randint(1000, 9999), c(["Переговоры", "Счёт выставлен", "Новая заявка", "Оплачено"]), M("PERSON", c(RU_NAMES)),
            M("PHONE_NUMBER", c_phone()), "{:,}".format(CR.randint(5, 900) * 1000).replace(",", " "))
    if k == 3:
        bik = gen_bik()
        lines = ["Контрагент: " + c(COMPANIES), "ИНН " + M("RU_INN", gen_inn10()), "КПП %s01001" % c(["7701", "7704", "7810", "5001", "5406"]),
                 "ОГРН " + M("RU_OGRN", gen_ogrn(c("15"))), "р/с " + M("RU_BANK_ACCOUNT", gen_account(bik)), "БИК " + bik]
        if CR.random() < 0.5:
            lines.append("Контакт: " + M("EMAIL_ADDRESS", c_email()))
        return False, "\\n".join(lines)
    if k == 4:
        if en:
            return True, "Lead: %s, phone %s, email %s, source: %s" % (
                M("PERSON", c(EN_NAMES)), M("PHONE_NUMBER", c_phone("intl")), M("EMAIL_ADDRESS", c_email(True)), c(["website", "referral", "Instagram ad", "trade show"]))
        return False, "Лид с сайта: %s, %s, %s, интересует: %s" % (
            M("PERSON", c(RU_NAMES)), M("PHONE_NUMBER", c_phone()), M("EMAIL_ADDRESS", c_email()), c(["кератин", "абонемент", "корпоратив", "доставка в регионы"]))
    if k == 5:
        lines = ["ИП " + M("PERSON", c(RU_NAMES)), "ИНН " + M("RU_INN", gen_inn12()), "ОГРНИП " + M("RU_OGRN", gen_ogrnip())]
        if CR.random() < 0.6:
            lines.append("Тел. " + M("PHONE_NUMBER", c_phone()))
        return False, "\\n".join(lines)
    if k == 6:
        return en, ("Task #%d: call back %s about order %d" % (CR.randint(100, 999), M("PERSON", c(EN_NAMES)), CR.randint(10000, 99999))
                    if en else "Задача #%d: перезвонить %s по заказу %d до %02d.%02d" % (
                        CR.randint(100, 999), M("PERSON", c(RU_NAMES)), CR.randint(10000, 99999), CR.randint(1, 28), CR.randint(1, 12)))
    if k == 7:
        return en, ("Deal %d | stage: %s | amount $%d,%03d | owner: manager %d" % (CR.randint(1000, 9999), c(["proposal", "won", "lost", "qualified"]), CR.randint(1, 90), CR.randint(0, 999), CR.randint(1, 9))
                    if en else "Сделка %d | этап: %s | сумма %d %03d ₽ | ответственный: менеджер %d" % (
                        CR.randint(1000, 9999), c(["КП отправлено", "закрыта", "отказ", "квалификация"]), CR.randint(1, 900), CR.randint(0, 999), CR.randint(1, 9)))
    if k == 8:
        lines = ["Сотрудник: " + M("PERSON", c(RU_NAMES)), "Паспорт " + M("RU_PASSPORT", group(gen_passport(), c(["4-6", "2-2-6"]))),
                 "СНИЛС " + M("RU_SNILS", _ph_value("snils:grouped")), "ИНН " + M("RU_INN", gen_inn12())]
        if CR.random() < 0.5:
            lines.append("Карта для з/п: " + M("CREDIT_CARD", group(gen_card(c(["mir", "mir2", "visa"])), "4-4-4-4")))
        return False, "\\n".join(lines)
    if k == 9:
        if en:
            return True, "Customer #%d\\nName: %s\\nEmail: %s\\nCard on file: %s\\nNotes: %s" % (
                CR.randint(1000, 99999), M("PERSON", c(EN_NAMES)), M("EMAIL_ADDRESS", c_email(True)),
                M("CREDIT_CARD", gen_card(c(["visa2", "mc2", "discover"]))),
                c(["prefers email", "net 30", "late payer", "wholesale"]))
        return False, "Клиент %d; %s; визит %02d.%02d; услуга: %s; оплата: %s" % (
            CR.randint(100, 9999), M("PERSON", c(RU_NAMES)), CR.randint(1, 28), CR.randint(1, 12), c(["стрижка", "маникюр", "массаж", "окрашивание"]), c(["наличные", "карта", "СБП"]))
    if k == 10:
        return False, "Авто клиента: %s, %s, тел. %s" % (
            c(["Kia Rio", "Hyundai Solaris", "VW Polo", "Lada Vesta", "Toyota Camry"]),
            M("RU_CAR_PLATE", "%s%03d%s%s%s" % (c("АВЕКМНОРСТУХ"), CR.randint(1, 999), c("АВЕКМНОРСТУХ"), c("АВЕКМНОРСТУХ"), c(["77", "97", "199", "50", "750", "78", "178", "16", "116", "66"]))),
            M("PHONE_NUMBER", c_phone()))
    # k == 11: a negative export row
    return en, ("id,created,status,items,total\\n%d,2024-03-%02d,%s,%d,%d.%02d" % (CR.randint(10000, 99999), CR.randint(1, 28), c(["paid", "shipped", "refunded"]), CR.randint(1, 9), CR.randint(5, 900), CR.randint(0, 99))
                if en else "№;Дата;Статус;Позиций;Сумма\\n%d;%02d.03.2024;%s;%d;%d %03d" % (
                    CR.randint(10000, 99999), CR.randint(1, 28), c(["оплачен", "отгружен", "возврат"]), CR.randint(1, 9), CR.randint(1, 90), CR.randint(0, 999)))


def log_message(i):
    c = CR.choice
    ts = "2024-03-%02d %02d:%02d:%02d" % (CR.randint(1, 28), CR.randint(0, 23), CR.randint(0, 59), CR.randint(0, 59))
    k = i % 14
    if k == 0:
        return True, '%s - - [12/Mar/2024:%02d:%02d:%02d +0300] "%s %s HTTP/1.1" %d %d "-" "Mozilla/5.0"' % (
            M("IP_ADDRESS", c_ip()), CR.randint(0, 23), CR.randint(0, 59), CR.randint(0, 59), c(["GET", "POST"]),
            c(["/", "/login", "/api/v1/orders", "/cart", "/booking/slots"]), c([200, 301, 404, 500, 502]), CR.randint(0, 99999))
    if k == 1:
        return True, "%s,%03d INFO [auth] login ok user=%s ip=%s" % (ts, CR.randint(0, 999), M("EMAIL_ADDRESS", c_email(CR.random() < 0.4)), M("IP_ADDRESS", c_ip()))
    if k == 2:
        return True, "%s ERROR upstream 401 Unauthorized, key=%s" % (ts, M("SECRET", gen_secret(c(["openai", "ghp", "google", "yc_api", "glpat", "stripe"]))))
    if k == 3:
        return True, "%s sms-gw: sent to %s status=%s id=%d" % (ts, M("PHONE_NUMBER", c_phone()), c(["DELIVERED", "QUEUED", "FAILED"]), CR.randint(10 ** 6, 10 ** 7))
    if k == 4:
        return True, "%s payment_id=%d amount=%d.00 RUB card=%s **** %04d status=%s" % (ts, CR.randint(10 ** 5, 10 ** 6), CR.randint(100, 99999), gen_card("mir")[:4], CR.randint(0, 9999), c(["succeeded", "declined"]))
    if k == 5:
        return True, "Mar %2d %02d:%02d:%02d web01 sshd[%d]: Failed password for %s from %s port %d ssh2" % (
            CR.randint(1, 28), CR.randint(0, 23), CR.randint(0, 59), CR.randint(0, 59), CR.randint(1000, 60000), c(["root", "admin", "invalid user test"]), M("IP_ADDRESS", c_ip()), CR.randint(30000, 65000))
    if k == 6:
        return True, '{"ts":"2024-03-%02dT%02d:%02d:%02dZ","level":"warn","msg":"rate limit","ip":"%s","user":"%s"}' % (
            CR.randint(1, 28), CR.randint(0, 23), CR.randint(0, 59), CR.randint(0, 59), M("IP_ADDRESS", c_ip(CR.random() < 0.4)), M("EMAIL_ADDRESS", c_email(True)))
    if k == 7:
        return True, "%s INFO scheduler: job %d finished in %.1fs, %d rows" % (ts, CR.randint(1000, 9999), CR.random() * 30, CR.randint(0, 50000))
    if k == 8:
        return True, "%s INFO service %s v%d.%d.%d started on port %d, pid %d" % (ts, c(["booking-api", "crm-sync", "notifier"]), CR.randint(1, 4), CR.randint(0, 20), CR.randint(0, 30), c([8080, 3000, 5432, 9090]), CR.randint(100, 99999))
    if k == 9:
        return True, "%s DEBUG db pool %s:5432 active=%d idle=%d" % (ts, M("IP_ADDRESS", c_lan()), CR.randint(0, 20), CR.randint(0, 20))
    if k == 10:
        return True, "%s WARN webhook from %s rejected: bad signature, order=%d" % (ts, M("IP_ADDRESS", c_ip(True)), CR.randint(10000, 999999))
    if k == 11:
        ru = CR.random() < 0.5
        if ru:
            return False, "%s INFO заявка с сайта: тел=%s, email=%s, услуга=%s" % (ts, M("PHONE_NUMBER", c_phone()), M("EMAIL_ADDRESS", c_email()), c(["стрижка", "УЗИ", "доставка"]))
        return True, "%s INFO lead form: phone=%s email=%s" % (ts, M("PHONE_NUMBER", c_phone("intl")), M("EMAIL_ADDRESS", c_email(True)))
    if k == 12:
        return True, "%s INFO GC pause %dms, heap %d MB / %d MB, uptime %dh" % (ts, CR.randint(1, 300), CR.randint(100, 900), 1024, CR.randint(1, 900))
    return True, "%s ERROR request_id=%s timeout after %d ms on GET /api/v%d/slots?date=2024-03-%02d" % (
        ts, "".join(CR.choice("0123456789abcdef") for _ in range(16)), CR.randint(1000, 30000), CR.randint(1, 3), CR.randint(1, 28))


# Issue #17: messages written to the classes the structured recognizers missed (keys small
# businesses paste, e-mails spelt out, full-width IPv6, phone extensions, UK/EU and multi-line
# addresses, masked passwords), each with hard negatives beside it. Literal (no placeholders, so
# the random streams of the messages above do not move); added after the generated ones.
HAND17 = r"""
ai ru Бот ВК перестал отвечать, вот токен сообщества ⟦SECRET|vk1.a.xyw68fA3HQuJOZolhkiMcnHfp6dcL-ZaeMdsBrV8y8d0y7LrAN4A_vQriRaKP83upIgx-mASzjgz89RrZdd8guLBZiq4D17Fe9rndff1uwQ2ICxKHwUMetcHEBA58--1gMm9ju4_JQQur6zM58h5CIgcf9DHzX6TOz6NUFayhp1FnehDCjwj7XrBg230S6urtCBzWbDS9-AR⟧ — что не так с Callback API?
ai ru Напиши скрипт на Python: портфель из T-Invest API, токен ⟦SECRET|t.VvSKOJEFTNqZ-I5YbaY4-g_08Y66PXrBH4Zw0EQm6sfb8Rc9z5AQJ8mU5fcQZpcmTwBwSys1Tr-UD95GO_fHDw⟧, только чтение
cr ru Интеграция amoCRM: долгосрочный токен ⟦SECRET|eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImp0aSI6IjVjM2YxYTJlOWI3ZDRjNmY4YTBlMWIyYzNkNGU1ZjYwIn0.eyJhdWQiOiIwZjFlMmQzYy00YjVhLTY5NzgtOGE5Yi0wYzFkMmUzZjRhNWIiLCJqdGkiOiI1YzNmMWEyZTliN2Q0YzZmOGEwZTFiMmMzZDRlNWY2MCIsImlhdCI6MTczMzIwMDAwMCwibmJmIjoxNzMzMjAwMDAwLCJleHAiOjE4OTAwMDAwMDAsInN1YiI6IjEwNDU4MjMxIiwiYWNjb3VudF9pZCI6MzE5ODc2NTQsInNjb3BlcyI6WyJjcm0iLCJub3RpZmljYXRpb25zIl19.iO9Rfs3f4Uj07mgQnTwr5rYmxzxtjFKKwnHAgMwgSfA-fkCAMF8Boh9VfhNuFuODYD4rEu5LEklW6MN2Uib2Jr5ETmLdU-uTg6Ekbxry0cHj-6egxuXLQTw3NoveXta6b2BF8RROZ_jopTThUAMJ3pGVD1qspn1nbJxCsE1z5MXwKcBqNjA12ly84LXxMjrDotdhEnSoMlq4gMgg8JV7vHHQpRYhPOBvxGQ6r2ZgfFXa37HLPVPzYu422yx-AnkZaN_6pnsZ9f4vfwdDeCEyKEElCdsfSnANFuZL2ZylQohPpWCEQ8-QCMalB7WJSIic6xK0DkZLnVnme_M2xIAbCw⟧ истекает 2029-10-01, продлить
ai en Why does T-Bank return 401? TINKOFF_TOKEN=⟦SECRET|t.zTMD9PlNgqQ8khBpd_IpqUqJO4WPGjNFBucTzTA4vrowdtP4HYVzHf_onQQ_5q4oMEWIPM4KLT8Q_KcsrqX4kQ⟧ and the sandbox url
sh ru Пишите на ⟦EMAIL_ADDRESS|olga.smirnova собака yandex точка ru⟧ или в t.me/shop_help_bot, ответим
sa ru Чек пришлите на ⟦EMAIL_ADDRESS|katya_nails собака mail.ru⟧, пожалуйста
sh en You can reach me at ⟦EMAIL_ADDRESS|tom.baker at outlook dot com⟧ after 6pm
sa ru У меня собака точка в точка как на фото, можно записать её на груминг в субботу?
sh en We met at the hotel dot com booking page, order 44518 is still pending
lo en 2024-03-19 11:02:07 WARN peer ⟦IP_ADDRESS|２００１：ｄｂ８：８５ａ３：：８ａ２ｅ：３７０：７３３４⟧ sent a malformed header
ai ru Почему не пингуется ⟦IP_ADDRESS|ｆｅ８０：：１ｃ２：ａ３ｆｆ%eth0⟧ из контейнера? Время １２：３０, версия 2.4.1
cl ru Регистратура: ⟦PHONE_NUMBER|8 (495) 123-45-67 (доб. 204)⟧, с 9:00 до 21:00
sh en Call our office on ⟦PHONE_NUMBER|+44 20 7946 0958 ext. 1234⟧, order #88412 ships in 2 days
sh ru Курьер: ⟦PHONE_NUMBER|+79161234567⟧ x2 коробки, трек 80085412345678, сумма 4 990 ₽
cr en Customer address: ⟦ADDRESS|Flat 3, 12 Baker Street, London NW1 6XE⟧, invoice INV-2024-0117
sh en Ship to:\n⟦ADDRESS|Flat 7\n41 High Street\nManchester\nM1 1AE⟧\nTracking 1Z999AA10123456784
cr ru Доставка в Германию: ⟦ADDRESS|Berliner Straße 12a, 60311 Frankfurt⟧, оплата 250 EUR
sh en Retour: ⟦ADDRESS|12 rue de Rivoli, 75001 Paris⟧, commande 77120 du 03.12.2024
cr ru Адрес доставки:\n⟦ADDRESS|420111, г. Казань,\nул. Баумана, д. 12,\nкв. 5⟧\nЗаказ 55123 от 01.12.2024
ai ru Логин admin, пароль: ••••••••, сбросить не получается, версия 3.2.1
ai en password: reset — the link from 03.12.2024 expired, ticket 4417
ai ru пароль не помню, помогите восстановить доступ к заказу 12345
sh en Spring 2024 sale: Ring 2 and Weg 3 sizes at 19.99 EUR, version 10.2
"""


N_CRM, N_LOG = 100, 96


def build_corpus():
    recs, counters = [], Counter()

    def add(src, lang, marked):
        text_m = unescape(marked)
        text, spans = parse_marked(text_m)
        counters[src] += 1
        recs.append(OrderedDict([("id", "%s-%03d" % (src, counters[src])), ("source", src), ("lang", lang), ("text", text),
                                 ("pii", [OrderedDict([("type", t), ("value", v)]) for t, v, _, _ in spans])]))
    for line in HAND.strip("\n").split("\n"):
        if not line.strip():
            continue
        src, lang, body = line.split(" ", 2)
        add(SRC[src], lang, cexpand(body))
    for i in range(N_CRM):
        en, marked = crm_message(i)
        add("crm", "en" if en else "ru", marked)
    for i in range(N_LOG):
        en, marked = log_message(i)
        add("log", "en" if en else "ru", marked)
    for line in HAND17.strip("\n").split("\n"):
        src, lang, body = line.split(" ", 2)
        add(SRC[src], lang, body)
    order = {s: n for n, s in enumerate(["salon", "clinic", "shop", "ai_prompt", "crm", "log"])}
    recs.sort(key=lambda r: (order[r["source"]], r["id"]))
    return recs


def corpus_stats(recs):
    src, lang, typ, neg = Counter(), Counter(), Counter(), 0
    msgs_with = Counter()
    for r in recs:
        src[r["source"]] += 1
        lang[r["lang"]] += 1
        if not r["pii"]:
            neg += 1
        for t in set(p["type"] for p in r["pii"]):
            msgs_with[t] += 1
        for p in r["pii"]:
            typ[p["type"]] += 1
    n = len(recs)
    lines = ["corpus: %d messages, %d without PII (%.1f%%), %d PII items" % (n, neg, 100.0 * neg / max(n, 1), sum(typ.values())),
             "  by source: " + ", ".join("%s %d" % kv for kv in sorted(src.items())),
             "  by lang: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(lang.items())),
             "  items by type: " + ", ".join("%s %d" % kv for kv in sorted(typ.items()))]
    return "\n".join(lines), dict(src=src, lang=lang, typ=typ, neg=neg, n=n, msgs_with=msgs_with)


# ================================================================================== LINGUISTIC CORPUS
# tests/corpus/linguistic.jsonl: messages for PERSON, ADDRESS, DATE_OF_BIRTH and the sensitive
# topics (TOPIC_*), with hard negatives (names that are common words, cities and streets alone,
# ordinary dates, company and brand names). Hand-written lines (same DSL as HAND) plus CRM-style
# rows from templates; the name, street and city lists below are written here by hand and are not
# the recognizer's dictionaries. Gold policy: PERSON = the name only (no "Dr.", "господин", no
# possessive 's); ADDRESS = first to last component; DATE_OF_BIRTH = the date only (no "г.", "года");
# TOPIC_* = the trigger word or phrase.

LR = random.Random(20260321)   # its own stream: messages.jsonl does not move

LING_HAND = r"""
sa ru Здравствуйте, запишите ⟦PERSON|Петрову Анну Сергеевну⟧ на среду к ⟦PERSON|Оксане⟧ на окрашивание
sa ru Добрый день! Это ⟦PERSON|Марина⟧, хочу перенести запись с четверга на субботу
sa ru Запишите пожалуйста маму, ⟦PERSON|Кузнецову Галину Петровну⟧, на педикюр в 11
sa ru Девочки, кто делал брови ⟦PERSON|Алине⟧ в прошлый раз? Хочу к тому же мастеру
sa ru Меня зовут ⟦PERSON|Ольга⟧, хочу сертификат для подруги на имя ⟦PERSON|Веры Соколовой⟧
sa ru Передайте ⟦PERSON|Светлане Игоревне⟧, что я опоздаю минут на 15
sa ru Запись на ⟦PERSON|Смирнову⟧ на 18:00 отмените, она ⟦TOPIC_HEALTH|заболела⟧
sa ru я ⟦TOPIC_HEALTH|беременна⟧, можно ли делать кератин? срок 20 недель
sa ru ⟦PERSON|Анна Викторовна⟧, спасибо огромное за стрижку!
sa ru можно к ⟦PERSON|Насте⟧ на маникюр в пятницу после 17?
sa ru Отзыв: мастер ⟦PERSON|Юлия⟧ — золотые руки, рекомендую всем
sa ru Добрый вечер, я ⟦PERSON|Екатерина Морозова⟧, записывалась на ламинирование, хочу отменить
sa ru Хочу подарить сертификат свекрови, ⟦PERSON|Людмиле Ивановне⟧, оформите на неё
sa ru У ребёнка ⟦TOPIC_HEALTH|аллергия⟧ на лак, есть гипоаллергенные покрытия?
sa ru Запишите меня к ⟦PERSON|Дмитрию⟧ на мужскую стрижку, я ⟦PERSON|Алексей⟧
sa ru Мастер ⟦PERSON|Гульнара⟧ сегодня работает?
sa ru Клиентка ⟦PERSON|Ирина Павлова⟧ оставила зонт, позвоните ей
sa ru На завтра к ⟦PERSON|Кристине⟧ есть окошко?
sa ru Доставьте сертификат по адресу ⟦ADDRESS|ул. Пушкина, д. 10, кв. 45⟧, получатель ⟦PERSON|Тимур Ахметов⟧
sa ru Вера в успех — главное, спасибо за мотивацию на курсе!
sa ru Надежда есть, что к праздникам будут свободные окна?
sa ru Любовь к своему делу видна сразу, буду ходить только к вам
sa ru Роза на ногтях получилась как на фото, супер
sa ru Салон на Тверской или на Арбате ближе к метро?
sa ru У вас есть парковка возле ТЦ «Европейский»?
sa ru Мастер сказала прийти 15 марта к 12:00, так?
sa ru Скидка в день рождения действует 3 дня до и после?
sa ru Записалась на 12.04, подтвердите пожалуйста
sa ru Сколько стоит стрижка у топ-стилиста?
sa ru Адрес салона какой? Навигатор ведёт на Садовую
sa ru Я из Ярославля, приеду на выходные, есть запись?
sa ru Слава богу, цвет исправили, спасибо!
sa ru Май в этом году какой-то холодный, ногти слоятся
sa ru Маникюр «кошачий глаз» в каталоге есть?
sa en Hi, this is ⟦PERSON|Emily⟧, I'd like to book a balayage with ⟦PERSON|Jessica⟧ on Friday
sa en Could you move ⟦PERSON|Sarah Thompson⟧'s appointment to 3 pm?
sa en My daughter ⟦PERSON|Olivia⟧ is ⟦TOPIC_HEALTH|allergic⟧ to nuts, are your oils nut-free?
sa en Please send the gift card to ⟦PERSON|Rachel Green⟧ at ⟦ADDRESS|90 Bedford Street, Apt 20, New York, NY 10014⟧
sa en May I book two slots for Saturday morning?
sa en Will the salon be open on Memorial Day?
sa en Grace period for cancellations is 24 hours, right?
sa en Thanks a lot, the cut looks great!
sa en Is the Oak Street location open on Sundays?
sa en Can I pay with Apple Pay at the Westfield store?
cl ru Запишите ⟦PERSON|Иванова Петра Алексеевича⟧, дата рождения ⟦DATE_OF_BIRTH|14.05.1962⟧, к кардиологу
cl ru Пациентка ⟦PERSON|Сидорова Елена⟧, ⟦DATE_OF_BIRTH|1985⟧ г.р., жалобы на ⟦TOPIC_HEALTH|головокружение⟧
cl ru Моя мама, ⟦PERSON|Николаева Тамара Васильевна⟧, после ⟦TOPIC_HEALTH|инсульта⟧, нужен врач на дом по адресу ⟦ADDRESS|г. Самара, ул. Гагарина, д. 45, кв. 12⟧
cl ru Здравствуйте, у меня ⟦TOPIC_HEALTH|диабет⟧ второго типа, нужна консультация эндокринолога
cl ru Сын ⟦PERSON|Артём⟧ родился ⟦DATE_OF_BIRTH|3 марта 2015⟧ года, нужна справка в бассейн
cl ru ⟦TOPIC_HEALTH|Беременность⟧ 24 недели, могу ли я сдать анализы без записи?
cl ru Врач ⟦PERSON|Козлов Андрей Николаевич⟧ принимает в субботу?
cl ru Хочу записаться к ⟦PERSON|Марии Александровне⟧ на УЗИ
cl ru Для ⟦PERSON|Петрова И. С.⟧ подготовьте выписку, ⟦TOPIC_HEALTH|диагноз⟧ ⟦TOPIC_HEALTH|гипертония⟧
cl ru Ребёнок на ⟦TOPIC_HEALTH|инвалидности⟧, положена ли льгота на приём?
cl ru Папа принимает ⟦TOPIC_HEALTH|инсулин⟧, можно ли ему перед анализом поесть?
cl ru У меня ⟦TOPIC_HEALTH|депрессия⟧, психотерапевт выписал ⟦TOPIC_HEALTH|антидепрессанты⟧, нужен рецепт
cl ru Прошу прислать результаты ⟦PERSON|Ковалёвой Дарьи⟧ на почту
cl ru Дата рождения ⟦DATE_OF_BIRTH|21.11.1990⟧, полис при себе, на какое время приходить?
cl ru Пациент ⟦PERSON|Абрамов⟧ не пришёл на приём, перезвоните ему
cl ru Заберу документы за ⟦PERSON|Веронику Андреевну⟧, я её муж
cl ru Справку для работы на имя ⟦PERSON|Гусейнова Рашида Алиевича⟧, ⟦DATE_OF_BIRTH|02.07.1988⟧ г.р.
cl ru После ⟦TOPIC_HEALTH|ковида⟧ сильный ⟦TOPIC_HEALTH|кашель⟧ уже месяц
cl ru Выезд на дом: ⟦ADDRESS|Московская обл., г. Мытищи, ул. Мира, д. 3, кв. 71⟧
cl ru Сколько стоит приём гастроэнтеролога?
cl ru Кабинет 305 на третьем этаже, верно?
cl ru Результаты анализов будут готовы 15 марта?
cl ru Поликлиника на ул. Ленина работает в выходные?
cl ru Нужна ли запись к терапевту или живая очередь?
cl ru Наш главврач — профессор, принимает раз в неделю
cl ru Запишите на флюорографию, мне 34 года
cl ru Медкомиссия для водителей во сколько начинается?
cl en Patient ⟦PERSON|Michael Davis⟧, DOB ⟦DATE_OF_BIRTH|04/22/1979⟧, needs a refill of ⟦TOPIC_HEALTH|insulin⟧
cl en Please book Mrs ⟦PERSON|Anderson⟧ for a follow-up, she is ⟦TOPIC_HEALTH|pregnant⟧
cl en Dr. ⟦PERSON|Patel⟧ asked to send the ⟦TOPIC_HEALTH|diagnosis⟧ to ⟦PERSON|Laura Mitchell⟧
cl en My son ⟦PERSON|Jacob⟧ was born on ⟦DATE_OF_BIRTH|June 5, 2016⟧, he has ⟦TOPIC_HEALTH|asthma⟧
cl en Hello, my name is ⟦PERSON|Daniel Kim⟧ and I need to reschedule my MRI
cl en Send the invoice to ⟦ADDRESS|742 Evergreen Terrace, Springfield, OR 97403⟧
cl en Is the clinic on Baker Street open on Saturday?
cl en Can I get a flu shot without an appointment?
cl en The lab results should be ready by March 15, right?
cl en Does the insurance cover physiotherapy?
sh ru Доставка: ⟦ADDRESS|г. Новосибирск, ул. Красный проспект, д. 77, кв. 14⟧, получатель ⟦PERSON|Фёдоров Никита⟧
sh ru Привезите на ⟦ADDRESS|ул. Ленина 5, кв. 3⟧, домофон не работает, звоните
sh ru Заказ на ⟦PERSON|Волкову Ирину⟧, адрес ⟦ADDRESS|Санкт-Петербург, Невский пр., д. 100, кв. 8⟧
sh ru Курьер, я у подъезда, ⟦ADDRESS|пр-т Мира 15⟧, второй подъезд
sh ru Адрес доставки изменился: ⟦ADDRESS|630099, г. Новосибирск, ул. Советская, д. 5⟧
sh ru Получатель: ⟦PERSON|Ким Анна⟧, пункт выдачи на Пушкинской
sh ru Заберёт ⟦PERSON|Сергей Владимирович⟧, он мой водитель
sh ru Отправьте на ⟦ADDRESS|ул. Баумана, д. 12⟧ в Казани, ⟦PERSON|Гарипову Рустаму⟧
sh ru Склад на ⟦ADDRESS|Варшавском ш., д. 47, стр. 2⟧ принимает возвраты?
sh ru Доставка в Москву есть? Я живу в Химках
sh ru Пункт выдачи на Тверской закрылся?
sh ru Есть ли доставка до Екатеринбурга?
sh ru Заказ 4521778 оплачен 12.03.2024, когда отправка?
sh ru Ваш магазин на Ленинском проспекте работает до 22?
sh ru Товар «Надежда» (чай травяной) снова в наличии?
sh ru Крем «Вера» — это ваш бренд?
sh ru Пакет «Малыш» закончился, когда будет?
sh ru Доставьте в офис ООО «Ромашка», спросить на ресепшене
sh ru Цена 1 990 ₽ или 2 490 ₽?
sh ru Размер 42 маломерит?
sh en Ship to ⟦PERSON|John Carter⟧, ⟦ADDRESS|1200 Market St, Suite 500, San Francisco, CA 94102⟧
sh en Please deliver to ⟦ADDRESS|15 Queen Street, Edinburgh EH2 1JX⟧, attn ⟦PERSON|Fiona MacLeod⟧
sh en Customer ⟦PERSON|Maria Gonzalez⟧ wants a refund for order 55120
sh en Return label for ⟦PERSON|Ivanova Anna⟧, ⟦ADDRESS|25 King's Road, London SW3 4RP⟧
sh en My address is ⟦ADDRESS|PO Box 4471, Anchorage, AK 99509⟧
sh en Do you ship to Canada or only within the US?
sh en The Apple Store on Fifth Avenue had it in stock
sh en Order #A-2024-1187 shipped on March 3
sh en Is the Main Street pickup point still open?
sh en Mark this order as a gift, please
ai ru Составь письмо клиенту ⟦PERSON|Петрову Ивану Сергеевичу⟧ о переносе встречи на понедельник
ai ru Перепиши вежливо: «⟦PERSON|Анна Викторовна⟧, ваш заказ задерживается на 3 дня»
ai ru Переведи на английский: «Меня зовут ⟦PERSON|Дмитрий Соколов⟧, я живу по адресу ⟦ADDRESS|г. Казань, ул. Баумана, д. 12, кв. 5⟧»
ai ru Сделай резюме для ⟦PERSON|Кравченко Ольги Николаевны⟧, ⟦DATE_OF_BIRTH|15.08.1991⟧ г.р., опыт 8 лет в продажах
ai ru Вот список сотрудников, отсортируй по алфавиту: ⟦PERSON|Зайцев А.В.⟧, ⟦PERSON|Белова Н.С.⟧, ⟦PERSON|Андреев К.П.⟧
ai ru Напиши поздравление ⟦PERSON|Марине Сергеевне⟧ с юбилеем от коллектива
ai ru Придумай текст отказа кандидату ⟦PERSON|Ильину Максиму⟧, вежливо
ai ru Заполни шаблон: ФИО ⟦PERSON|Лебедева Анастасия Игоревна⟧, дата рождения ⟦DATE_OF_BIRTH|03.09.1994⟧, адрес ⟦ADDRESS|г. Пермь, ул. Ленина, д. 50, кв. 31⟧
ai ru Составь характеристику на ученика ⟦PERSON|Орлова Егора⟧, 9 «Б» класс
ai ru Как ответить клиентке, которая пишет, что она ⟦TOPIC_HEALTH|беременна⟧ и ей нельзя краску?
ai ru Напиши пост про то, что вера в себя — главное в бизнесе
ai ru Придумай 10 названий для кофейни, можно с именами, например «У Ларисы»
ai ru Объясни, чем отличается ООО от ИП
ai ru Составь расписание на май для трёх мастеров
ai ru Проверь текст: «Надежда умирает последней, поэтому продлеваем акцию до 31 мая»
ai ru Сделай таблицу продаж по городам: Москва, Казань, Владимир, Тула
ai ru Напиши статью про улицу Баумана в Казани, её историю
ai ru Как правильно указать адрес в договоре: сначала индекс или город?
ai ru Сократи текст про день рождения компании 12 марта
ai ru Переведи «Слава богу, всё получилось» на английский
ai ru Составь резюме встречи: ⟦PERSON|Алексей⟧ берёт на себя дизайн, ⟦PERSON|Наталья⟧ — тексты, ⟦PERSON|Игорь⟧ — бюджет
ai ru Разбери жалобу: «Администратор ⟦PERSON|Кузнецова⟧ нагрубила мне, я ⟦TOPIC_HEALTH|инвалид⟧ второй группы»
ai ru Напиши шаблон согласия на обработку персональных данных, без конкретных ФИО
ai ru Почему python ругается на строку name = input()?
ai ru Составь SQL: выбрать клиентов, у которых день рождения в марте
ai ru Напиши ответ кандидату: мы не спрашиваем о ⟦TOPIC_ETHNICITY|национальности⟧ и ⟦TOPIC_BELIEFS|религии⟧
ai ru Кандидат указал в анкете, что у него есть ⟦TOPIC_CRIMINAL_RECORD|судимость⟧, как корректно отказать?
ai ru Придумай слоган для салона «Роза ветров»
ai en Write a reference letter for ⟦PERSON|Jennifer Lopez⟧, she worked with us from 2019 to 2023
ai en Summarize the email from ⟦PERSON|Mark Stevens⟧ about the Q3 budget
ai en Draft a reply to Mr. ⟦PERSON|Robert Brown⟧ at ⟦ADDRESS|48 Maple Avenue, Boston, MA 02116⟧ about the late payment
ai en Translate to Russian: "Dear ⟦PERSON|Anna⟧, thank you for your order"
ai en Fill in the form: name ⟦PERSON|Kevin O'Connor⟧, date of birth ⟦DATE_OF_BIRTH|1983-11-02⟧, address ⟦ADDRESS|77 Sunset Blvd, Los Angeles, CA 90028⟧
ai en Make a polite reminder for Dr. ⟦PERSON|Emily Clarke⟧ about tomorrow's meeting
ai en Rewrite: "hey ⟦PERSON|Tom⟧, can u send me the report asap"
ai en Write a birthday message for my colleague ⟦PERSON|Priya⟧, she was born on ⟦DATE_OF_BIRTH|May 3, 1990⟧
ai en Create a cover letter for ⟦PERSON|Aleksandr Volkov⟧ applying to a data analyst role
ai en Explain how May Day is celebrated in Europe
ai en Write a poem about grace and hope
ai en What is the difference between Will and Shall in English grammar?
ai en How do I mark all emails as read in Gmail?
ai en Summarize the history of Wall Street in 5 bullet points
ai en Generate test data: dates like 03/12/2024, 2024-03-12 and March 12, 2024
ai en Write a SQL query that finds customers whose birthday is in March
ai en Explain what Microsoft and OpenAI announced this week
ai en Draft a LinkedIn post about our new office in Austin
ai en Which is better for a bakery: Square or Shopify?
ai en Is it legal to ask a job candidate about their ⟦TOPIC_BELIEFS|religion⟧ or ⟦TOPIC_ETHNICITY|ethnicity⟧?
ai en My employee told me he has ⟦TOPIC_HEALTH|depression⟧, how do I support him?
cr ru Клиент: ⟦PERSON|Морозова Светлана Игоревна⟧\nДата рождения: ⟦DATE_OF_BIRTH|22.06.1987⟧\nАдрес: ⟦ADDRESS|г. Тула, ул. Советская, д. 12, кв. 4⟧
cr ru Карточка: ⟦PERSON|Новиков Павел⟧, ⟦DATE_OF_BIRTH|1979⟧ г.р., постоянный клиент, скидка 10%
cr ru Сделка 4412 | Контакт: ⟦PERSON|Белоусов Кирилл Андреевич⟧ | Этап: счёт выставлен
cr ru Лид: ⟦PERSON|Захарова Полина⟧, интересует абонемент, перезвонить после 18
cr ru Задача: отправить договор ⟦PERSON|Тарасову⟧ до пятницы
cr ru ФИО;Дата рождения;Город\n⟦PERSON|Ершов Денис Олегович⟧;⟦DATE_OF_BIRTH|11.01.1992⟧;Омск\n⟦PERSON|Медведева Алла Петровна⟧;⟦DATE_OF_BIRTH|30.04.1965⟧;Тверь
cr ru Сотрудник: ⟦PERSON|Яковлев Роман Евгеньевич⟧, отдел продаж, на ⟦TOPIC_HEALTH|больничном⟧ до 20.03
cr ru Заметка: ⟦PERSON|Ольга Петровна⟧ просила не звонить до 10 утра
cr ru Доставка ⟦PERSON|Киселёвой Надежде⟧: ⟦ADDRESS|ул. Гоголя, 15, кв. 9⟧, код домофона 9К
cr ru Отказ: клиент ⟦PERSON|Широков⟧ передумал, дорого
cr ru Воронка за март: 124 лида, 87 встреч, 40 сделок
cr ru Сделка 5521 | Этап: переговоры | Сумма: 450 000 ₽
cr ru Комментарий: перезвонить в понедельник, 12.03 не дозвонились
cr ru Город: Владимир, филиал №2, план 1,2 млн
cr en Lead: ⟦PERSON|Jessica Martinez⟧, source: website, interested in the premium plan
cr en Contact: ⟦PERSON|Andrew Wilson⟧ | Stage: proposal | Owner: manager 3
cr en Customer #4471\nName: ⟦PERSON|Christopher Lee⟧\nDOB: ⟦DATE_OF_BIRTH|09/14/1975⟧\nAddress: ⟦ADDRESS|300 Pine Street, Seattle, WA 98101⟧
cr en Task: call back ⟦PERSON|Natalia Petrova⟧ about the visa invoice
cr en Deal 8812 | stage: won | amount $12,400 | notes: paid by wire
cr en Note: the client prefers email, do not call before 10 am
sa ru добрый вечер, запишите ⟦PERSON|сидорову ольгу⟧ на маникюр, это моя дочь
sa ru ⟦PERSON|Айгерим⟧, здравствуйте! Можно к вам на брови в субботу?
sa ru Приду с подругой, её зовут ⟦PERSON|Снежана⟧, запишите нас вместе
sa ru Стилист ⟦PERSON|Элеонора Викторовна⟧ принимает по вторникам?
sa ru Подарочный сертификат для ⟦PERSON|Ксюши Беловой⟧, оформите красиво
sa ru Оплатила за ⟦PERSON|Лилию Рашидовну⟧, она придёт вместо меня
sa ru ⟦PERSON|Ирина⟧, Вы сегодня до скольки? Хочу успеть после работы
sa ru Поставьте меня к ⟦PERSON|Зульфие⟧ на шугаринг
sa ru Салон «Анна» на Комсомольской — это вы?
sa ru Студия «Маргарита» закрылась? Телефон не отвечает
sa ru Хочу маникюр как у Барби, с блёстками
sa ru ⟦PERSON|Ким Юна⟧ записана на 16:00 к мастеру ⟦PERSON|Диане⟧
cl ru Записать ⟦PERSON|Халилова Руслана Маратовича⟧ на ЭКГ, он ⟦TOPIC_HEALTH|колясочник⟧, нужен пандус
cl ru Прошу выдать мед. карту ⟦PERSON|Ли Виктории⟧, я её мама
cl ru ⟦TOPIC_HEALTH|Эпилепсия⟧ у сына, можно ли ему на МРТ?
cl ru Доктор ⟦PERSON|Шапиро⟧ ещё работает у вас?
cl ru Запишите к неврологу, у меня ⟦TOPIC_HEALTH|мигрень⟧ третью неделю
cl ru Мне ⟦TOPIC_HEALTH|выкидыш⟧ был в прошлом году, нужна консультация перед планированием
cl ru Я ⟦TOPIC_BELIEFS|верующая⟧, переливание крови не делайте
cl ru Дата рождения ребёнка ⟦DATE_OF_BIRTH|07.07.2017⟧, полис мамы
cl ru Родился ⟦DATE_OF_BIRTH|1 сентября 1958⟧ года, пенсионер, положена скидка?
cl ru Отец, ⟦PERSON|Григорьев Борис Семёнович⟧, ⟦DATE_OF_BIRTH|1941⟧ г.р., ветеран, нужен визит на дом: ⟦ADDRESS|ул. Строителей, д. 8, кв. 55⟧
cl en Mr. ⟦PERSON|Nguyen⟧'s wife called, he has a ⟦TOPIC_HEALTH|seizure⟧ history
cl en Hi, I'm ⟦PERSON|Siobhan⟧, I need a sick note for work
cl en Please forward my records to Dr. ⟦PERSON|Amelia Hart⟧ at St Mary's
sh ru Получатель ⟦PERSON|Хасанов Ильяс⟧, ⟦ADDRESS|г. Уфа, ул. Цюрупы, д. 16, кв. 2⟧
sh ru Доставьте ⟦PERSON|Валентине Степановне⟧ в ⟦ADDRESS|пос. Лесной, ул. Садовая, д. 4⟧, она не пользуется телефоном
sh ru Курьеру: спросить ⟦PERSON|Жанну⟧ на ресепшене, ⟦ADDRESS|Пресненская наб., д. 12, офис 305⟧
sh ru Заказ на имя ⟦PERSON|Николаса Кейджа⟧ оформил друг для прикола 😂
sh ru Ваш курьер ⟦PERSON|Максим⟧ очень вежливый, спасибо!
sh ru Можно забрать в ПВЗ на Ленина или только на Мира?
sh en Ship to ⟦PERSON|Giulia Rossi⟧, ⟦ADDRESS|8 Via Roma Road, Boston, MA 02118⟧
sh en The delivery guy said ⟦PERSON|Karen⟧ signed for it, but I don't know any ⟦PERSON|Karen⟧
sh en Please cancel the order for ⟦PERSON|Ahmed Hassan⟧, he moved out
ai ru Напиши благодарность ⟦PERSON|Эльмире Ринатовне⟧ за работу с детьми
ai ru Составь жалобу на соседа ⟦PERSON|Пашкова⟧ из ⟦ADDRESS|кв. 14, дом 6 по ул. Мира⟧
ai ru Переведи на английский письмо ⟦PERSON|Хуан Карлос⟧, он наш партнёр из Испании
ai ru Помоги ответить бабушке ⟦PERSON|Зине⟧, она спрашивает про пенсию
ai ru Напиши поздравление для ⟦PERSON|Славы⟧ с повышением
ai ru Напиши пост: «Любовь и надежда — наши главные ценности»
ai ru Что означает имя Вера и в какой день именины?
ai en Write a thank-you note to Ms. ⟦PERSON|Thompson⟧ from the 3rd grade class
ai en Rewrite this for ⟦PERSON|Joaquin⟧: "the release is delayed"
ai en What's the origin of the name Grace?
ai en Summarize the book "Pride and Prejudice" by ⟦PERSON|Jane Austen⟧
cr ru Заметка: ⟦PERSON|Тимофеева⟧ просила скидку, согласовано с руководителем
cr ru Клиент ⟦PERSON|Ахмедов Рамиль⟧ ⟦TOPIC_BELIEFS|мусульманин⟧, в ⟦TOPIC_BELIEFS|Рамадан⟧ не записывать на утро
cr en Note: ⟦PERSON|Chloe Dubois⟧ prefers French, call after 6 pm
"""

RU_M_FIRST = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил",
              "Никита", "Матвей", "Егор", "Арсений", "Иван", "Денис", "Евгений", "Тимофей", "Владислав", "Игорь",
              "Павел", "Руслан", "Константин", "Тимур", "Олег", "Антон", "Николай", "Глеб", "Вадим", "Степан",
              "Юрий", "Богдан", "Артур", "Семён", "Виктор", "Виталий", "Захар", "Георгий", "Давид", "Фёдор",
              "Леонид", "Ринат", "Ильдар", "Камиль", "Арсен", "Эльдар", "Азамат", "Василий", "Григорий", "Станислав"]
RU_F_FIRST = ["Анастасия", "Мария", "Анна", "Виктория", "Екатерина", "Наталья", "Марина", "Полина", "София", "Дарья",
              "Ксения", "Александра", "Елена", "Юлия", "Ирина", "Ольга", "Татьяна", "Светлана", "Валерия", "Кристина",
              "Алина", "Вероника", "Арина", "Елизавета", "Евгения", "Ульяна", "Маргарита", "Людмила", "Галина",
              "Нина", "Лариса", "Зарина", "Гульнара", "Айгуль", "Эльвира", "Диана", "Карина", "Милана", "Снежана",
              "Ангелина", "Василиса", "Яна", "Оксана", "Жанна", "Инна", "Регина", "Камила", "Тамара", "Раиса", "Лилиана"]
RU_SURNAMES = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
               "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
               "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
               "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Кузьмин", "Фролов", "Королёв", "Гусев",
               "Ильин", "Сорокин", "Виноградов", "Ковалёв", "Медведев", "Тарасов", "Жуков", "Комаров", "Давыдов",
               "Беляев", "Богданов", "Сидоров", "Миронов", "Крылов", "Мельников", "Денисов", "Тихонов", "Фомин",
               "Чернов", "Абрамов", "Калинин", "Быков", "Родионов", "Лазарев", "Воронин", "Голубев", "Гришин",
               "Кириллов", "Малышев", "Румянцев", "Галкин", "Скворцов", "Нестеров", "Цветков", "Левин", "Горшков",
               "Гарипов", "Хабибуллин", "Сафин", "Нуриев", "Валиев", "Закиров"]
RU_SKY = ["Соколовский", "Ковальский", "Вишневский", "Островский", "Завадский", "Жуковский", "Дубровский"]
RU_INVAR = ["Бондаренко", "Шевченко", "Ткаченко", "Кравченко", "Коваленко", "Арутюнян", "Саркисян", "Григорян",
            "Беридзе", "Кавтарадзе", "Табидзе", "Ким", "Цой", "Пак", "Мельник", "Коваль", "Шмидт", "Черных", "Седых",
            "Бойко", "Ковальчук", "Полищук", "Гнатюк", "Лившиц"]


def ru_patronymic(first, female):
    f = first.replace("ё", "е") if first in ("Семён", "Фёдор", "Артём") else first
    if f in ("Никита", "Илья", "Фома", "Лука"):
        base = {"Никита": "Никит", "Илья": "Иль", "Фома": "Фом", "Лука": "Лук"}[f]
        return base + ("ична" if f != "Илья" else "инична") if female else base + "ич"
    if f.endswith("ий"):
        stem = f[:-2] + ("иев" if f in ("Георгий", "Юрий", "Василий", "Григорий", "Виталий", "Станислав") else "ьев")
        if f == "Юрий":
            stem = "Юрьев"
    elif f.endswith("й"):
        stem = f[:-1] + "ев"
    elif f.endswith("ь"):
        stem = f[:-1] + "ев"
    else:
        stem = f + "ов"
    return stem + ("на" if female else "ич")


def ru_surname_form(sur, female, case):
    """case: nom, gen, dat, ins. Standard suffixes decline; the others are invariant for women."""
    if sur.endswith("ский"):
        st = sur[:-2]
        return {("nom", False): sur, ("gen", False): st + "ого", ("dat", False): st + "ому", ("ins", False): st + "им",
                ("nom", True): st + "ая", ("gen", True): st + "ой", ("dat", True): st + "ой", ("ins", True): st + "ой"}[(case, female)]
    if sur[-2:] in ("ов", "ев", "ёв", "ин", "ын"):
        if female:
            return {"nom": sur + "а", "gen": sur + "ой", "dat": sur + "ой", "ins": sur + "ой"}[case]
        return {"nom": sur, "gen": sur + "а", "dat": sur + "у", "ins": sur + "ым"}[case]
    if female or sur.endswith(("о", "х", "е", "и")):
        return sur
    return {"nom": sur, "gen": sur + "а", "dat": sur + "у", "ins": sur + "ом"}[case]


def ru_first_form(first, case):
    if case == "nom":
        return first
    if first.endswith("ия"):
        return first[:-1] + {"gen": "и", "dat": "и", "ins": "ей"}[case]
    if first.endswith("я"):
        return first[:-1] + {"gen": "и", "dat": "е", "ins": "ей"}[case]
    if first.endswith("а"):
        soft = first[-2] in "гкхжшчщ"
        return first[:-1] + {"gen": "и" if soft else "ы", "dat": "е", "ins": "ей" if first[-2] in "жшчщц" else "ой"}[case]
    if first.endswith("й"):
        return first[:-1] + {"gen": "я", "dat": "ю", "ins": "ем"}[case]
    if first.endswith("ь"):
        return first[:-1] + {"gen": "я", "dat": "ю", "ins": "ем"}[case]
    if first == "Павел":
        return "Павл" + {"gen": "а", "dat": "у", "ins": "ом"}[case]
    return first + {"gen": "а", "dat": "у", "ins": "ом"}[case]


def ru_patr_form(p, case):
    if p.endswith("на"):
        return p[:-1] + {"nom": "а", "gen": "ы", "dat": "е", "ins": "ой"}[case]
    return p + {"nom": "", "gen": "а", "dat": "у", "ins": "ем"}[case]


def ru_person(case="nom", parts="SFP"):
    female = LR.random() < 0.5
    first = LR.choice(RU_F_FIRST if female else RU_M_FIRST)
    r = LR.random()
    sur = LR.choice(RU_SURNAMES) if r < 0.75 else LR.choice(RU_SKY) if r < 0.83 else LR.choice(RU_INVAR)
    father = LR.choice(RU_M_FIRST)
    S, F, P = ru_surname_form(sur, female, case), ru_first_form(first, case), ru_patr_form(ru_patronymic(father, female), case)
    if parts == "SFP":
        return "%s %s %s" % (S, F, P)
    if parts == "FS":
        return "%s %s" % (F, S)
    if parts == "SF":
        return "%s %s" % (S, F)
    if parts == "FP":
        return "%s %s" % (F, P)
    if parts == "SIO":
        return "%s %s.%s." % (ru_surname_form(sur, female, "nom"), first[0], father[0])
    raise ValueError(parts)


LG_EN_FIRST = ["James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Christopher",
            "Charles", "Daniel", "Matthew", "Anthony", "Steven", "Paul", "Andrew", "Joshua", "Kevin", "Brian",
            "George", "Timothy", "Jason", "Edward", "Ryan", "Jacob", "Nicholas", "Eric", "Jonathan", "Samuel",
            "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
            "Lisa", "Nancy", "Sandra", "Margaret", "Ashley", "Emily", "Michelle", "Amanda", "Melissa", "Stephanie",
            "Rebecca", "Laura", "Amy", "Angela", "Nicole", "Helen", "Rachel", "Olivia", "Heather", "Julie"]
LG_EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
           "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
           "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
           "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
           "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "O'Neill",
           "McCarthy", "Murphy", "Kowalski", "Novak", "Cohen", "Singh", "Patel", "Chen", "Nakamura"]
RU_CITIES = ["Москва", "Казань", "Самара", "Пермь", "Тула", "Омск", "Тверь", "Уфа", "Екатеринбург", "Новосибирск",
             "Воронеж", "Краснодар", "Ярославль", "Иркутск", "Рязань"]
RU_STREETS = ["Ленина", "Гагарина", "Пушкина", "Советская", "Мира", "Садовая", "Лесная", "Школьная", "Кирова", "Чехова",
              "Лермонтова", "Горького", "Маяковского", "Комсомольская", "Октябрьская", "Победы", "Строителей"]
EN_STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Main", "Church", "High"]
EN_SUFFIX = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Drive", "Blvd"]
EN_CITY_STATE = [("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Denver", "CO", "80202"),
                 ("Portland", "OR", "97201"), ("Boston", "MA", "02108"), ("Seattle", "WA", "98101"),
                 ("Miami", "FL", "33101"), ("Phoenix", "AZ", "85001")]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def ru_address():
    city, st, h, fl = LR.choice(RU_CITIES), LR.choice(RU_STREETS), LR.randint(1, 120), LR.randint(1, 240)
    k = LR.randint(0, 4)
    if k == 0:
        return "г. %s, ул. %s, д. %d, кв. %d" % (city, st, h, fl)
    if k == 1:
        return "%d%05d, г. %s, ул. %s, д. %d" % (LR.choice([1, 3, 4, 6]), LR.randint(0, 99999), city, st, h)
    if k == 2:
        return "ул. %s, %d, кв. %d" % (st, h, fl)
    if k == 3:
        return "%s, ул. %s %d, кв. %d" % (city, st, h, fl)
    return "г. %s, пр-т %s, д. %d, корп. %d" % (city, st, h, LR.randint(1, 4))


def en_address():
    c, stt, z = LR.choice(EN_CITY_STATE)
    return "%d %s %s, %s, %s %s" % (LR.randint(1, 9999), LR.choice(EN_STREETS), LR.choice(EN_SUFFIX), c, stt, z)


def dob(en=False):
    d, m, y = LR.randint(1, 28), LR.randint(1, 12), LR.randint(1950, 2008)
    if en:
        return LR.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (EN_MONTHS[m - 1], d, y), "%d-%02d-%02d" % (y, m, d)])
    return LR.choice(["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, RU_MONTHS_GEN[m - 1], y), "%d-%02d-%02d" % (y, m, d)])


def ling_crm(i):
    P, A, D = (lambda v: M("PERSON", v)), (lambda v: M("ADDRESS", v)), (lambda v: M("DATE_OF_BIRTH", v))
    k = i % 16
    svc = LR.choice(["стрижка", "маникюр", "массаж", "окрашивание", "чистка лица", "педикюр"])
    if k == 0:
        return "cr", "ru", "Клиент: %s, визит %02d.%02d, услуга: %s" % (P(ru_person()), LR.randint(1, 28), LR.randint(1, 12), svc)
    if k == 1:
        return "cr", "ru", "ФИО: %s\\nДата рождения: %s\\nАдрес: %s" % (P(ru_person()), D(dob()), A(ru_address()))
    if k == 2:
        return "cr", "ru", "Задача: перезвонить %s по заказу %d" % (P(ru_person("dat", "FS")), LR.randint(10000, 99999))
    if k == 3:
        return "cr", "ru", "Договор с %s подписан, оплата до %02d.%02d" % (P(ru_person("ins")), LR.randint(1, 28), LR.randint(1, 12))
    if k == 4:
        return "cr", "ru", "Заявка от %s: %s, перезвонить вечером" % (P(ru_person("gen", "SF")), svc)
    if k == 5:
        return "cr", "ru", "%s — оплачено, %d ₽" % (P(ru_person("nom", "SIO")), LR.randint(10, 99) * 100)
    if k == 6:
        return "cr", "ru", "Сотрудник %s в отпуске до %02d.%02d" % (P(ru_person("nom", "FS")), LR.randint(1, 28), LR.randint(1, 12))
    if k == 7:
        return "cr", "ru", "Доставка: %s, получатель %s" % (A(ru_address()), P(ru_person("nom", "FS")))
    if k == 8:
        return "cr", "ru", "Пациент %s, %s г.р., запись к терапевту" % (P(ru_person("nom", "SF")), D(str(LR.randint(1940, 2005))))
    if k == 9:
        return "cr", "ru", "Обращение: %s просит перенести запись, %s" % (P(ru_person("nom", "FP")), LR.choice(["звонить после 18", "писать в мессенджер", "срочно"]))
    if k == 10:
        f, l = LR.choice(LG_EN_FIRST), LR.choice(LG_EN_LAST)
        return "cr", "en", "Lead: %s, source: %s, interested in %s" % (P("%s %s" % (f, l)), LR.choice(["website", "referral", "trade show"]), LR.choice(["the pro plan", "a demo", "bulk pricing"]))
    if k == 11:
        f, l = LR.choice(LG_EN_FIRST), LR.choice(LG_EN_LAST)
        return "cr", "en", "Customer #%d\\nName: %s\\nDOB: %s\\nAddress: %s" % (LR.randint(1000, 99999), P("%s %s" % (f, l)), D(dob(True)), A(en_address()))
    if k == 12:
        f, l = LR.choice(LG_EN_FIRST), LR.choice(LG_EN_LAST)
        return "cr", "en", "Task #%d: call back %s about the invoice" % (LR.randint(100, 999), P("%s %s" % (f, l)))
    if k == 13:
        f, l = LR.choice(LG_EN_FIRST), LR.choice(LG_EN_LAST)
        return "cr", "en", "Refund approved for %s, ship the label to %s" % (P("%s %s" % (f, l)), A(en_address()))
    if k == 14:
        return "cr", "ru", "Город: %s, филиал №%d, выручка %d %03d ₽" % (LR.choice(RU_CITIES), LR.randint(1, 9), LR.randint(100, 999), LR.randint(0, 999))
    return "cr", "en", "Deal %d | stage: %s | amount $%d,%03d" % (LR.randint(1000, 9999), LR.choice(["proposal", "won", "lost"]), LR.randint(1, 90), LR.randint(0, 999))


N_LING_CRM = 112


def build_ling_corpus():
    recs, counters = [], Counter()
    for line in LING_HAND.strip("\n").split("\n"):
        if not line.strip():
            continue
        src, lang, body = line.split(" ", 2)
        recs.append((SRC[src], lang, cexpand(body)))
    for i in range(N_LING_CRM):
        src, lang, marked = ling_crm(i)
        recs.append((SRC[src], lang, marked))
    out = []
    for src, lang, marked in recs:
        text, spans = parse_marked(unescape(marked))
        counters[src] += 1
        out.append(OrderedDict([("id", "ling-%s-%03d" % (src, counters[src])), ("source", src), ("lang", lang), ("text", text),
                                ("pii", [OrderedDict([("type", t), ("value", v)]) for t, v, _, _ in spans])]))
    return out


def write_ling_corpus():
    recs = build_ling_corpus()
    with open(os.path.join(CORPUS_DIR, "linguistic.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs


def write_corpus():
    recs = build_corpus()
    with open(os.path.join(CORPUS_DIR, "messages.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lrecs = write_ling_corpus()
    _, st = corpus_stats(recs)
    _, lst = corpus_stats(lrecs)
    write_corpus_readme(st, lst)


def write_corpus_readme(st, lst):
    n = st["n"]
    src_rows = "\n".join("| %s | %d |" % kv for kv in sorted(st["src"].items()))
    lang_rows = "\n".join("| %s | %d | %.0f %% |" % (k, v, 100.0 * v / n) for k, v in sorted(st["lang"].items()))
    ln = lst["n"]
    ltyp_rows = "\n".join("| %s | %d | %d |" % (t, lst["typ"][t], lst["msgs_with"][t]) for t in TYPES + TOPICS if lst["typ"][t])
    llang_rows = "\n".join("| %s | %d | %.0f %% |" % (k, v, 100.0 * v / ln) for k, v in sorted(lst["lang"].items()))
    typ_rows = "\n".join("| %s | %d | %d |" % (t, st["typ"][t], st["msgs_with"][t]) for t in TYPES + TOPICS if st["typ"][t])
    text = CORPUS_README.format(n=n, neg=st["neg"], negp=100.0 * st["neg"] / n, items=sum(st["typ"].values()),
                                src_rows=src_rows, lang_rows=lang_rows, typ_rows=typ_rows, ln=ln, lneg=lst["neg"],
                                lnegp=100.0 * lst["neg"] / ln, litems=sum(lst["typ"].values()), ltyp_rows=ltyp_rows,
                                llang_rows=llang_rows)
    with open(os.path.join(CORPUS_DIR, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


CORPUS_README = """# Labelled corpus

`messages.jsonl` holds {n} realistic chat messages (Russian and English) with every item of
personal data of the built-in entity types labelled. `linguistic.jsonl` holds {ln} more messages
for the linguistic types (PERSON, ADDRESS, DATE_OF_BIRTH, TOPIC_*), with hard negatives (names that
are common words, cities and streets alone, ordinary dates, company and brand names). Both are used
to measure recall and precision per type (`python3 bench/accuracy.py [--lang ru|en]`); the
exact-output tests live in `tests/spec/`.

Generated by `python3 tools/gen-fixtures.py --corpus` (seeded, reproducible; do not edit by hand,
edit the generator; without `--corpus` it also rewrites the spec files it knows, which now hold
hand-made cases it does not) and checked by `python3 tools/gen-fixtures.py --check`.

## Format

One JSON object per line:

```json
{{"id":"salon-001","source":"salon","lang":"ru","text":"...","pii":[{{"type":"PHONE_NUMBER","value":"+7 (912) 345-67-89"}}]}}
```

- `id`: `<source>-NNN`, unique.
- `source`: `salon` (beauty-salon bookings), `clinic` (clinic front desk), `shop` (online-shop
  support), `ai_prompt` (employees' prompts to an AI assistant, with pasted tables, configs and
  keys), `crm` (CRM cards, CSV rows, requisites), `log` (server and application log lines).
- `lang`: `ru` or `en` (the main language of the message).
- `text`: the message; multi-line messages (CRM rows, pasted keys) contain `\\n`.
- `pii`: every item of the types PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, IBAN_CODE,
  IP_ADDRESS, RU_INN, RU_SNILS, RU_OGRN, RU_OMS, RU_PASSPORT, RU_BANK_ACCOUNT, RU_CAR_PLATE,
  SECRET, PERSON, ADDRESS, DATE_OF_BIRTH, and of the topics TOPIC_HEALTH, TOPIC_BELIEFS,
  TOPIC_POLITICS, TOPIC_ETHNICITY, TOPIC_INTIMATE_LIFE, TOPIC_CRIMINAL_RECORD, in order of
  appearance. PERSON is the name only (no "Dr.", "господин", no possessive 's, no name inside an
  e-mail or a company's name); ADDRESS runs from the first component (index, city, street) to the
  last (house, flat, ZIP); DATE_OF_BIRTH is the date alone; a topic is its trigger word or phrase. `value` is the exact substring of `text` (same boundaries as
  the spec files: no context words, no trailing punctuation, password = the value only, URL
  credentials = `user:password`). If the same value occurs twice in a text it is listed twice;
  the n-th listing is the n-th occurrence.
- An empty `pii` list means the message has no personal data of these types: a hard negative
  (prices, order and tracking numbers, dates, times, versions, SKUs and barcodes, masked cards,
  percentages, ordinary questions). Topics are not personal data of their own: a message with only
  topic labels counts as a negative for over-redaction.
- Caveat: the linguistic messages and the recognizers were written by the same hand; the templated
  rows draw on hand-written name lists that overlap the dictionaries. Treat the figures as a
  regression baseline, not as an independent benchmark.

Every checksum-bearing value (card, INN, SNILS, OGRN, OMS, IBAN, account with BIK) is computed by
the generator and re-verified by the checker; the checker also asserts that no unlabelled number
in any text would pass one of the context-free validators.

## Mix

{n} messages, {neg} without PII ({negp:.1f} %), {items} labelled items.

| source | messages |
|---|---|
{src_rows}

| lang | messages | share |
|---|---|---|
{lang_rows}

| type | items | messages containing it |
|---|---|---|
{typ_rows}

`linguistic.jsonl`: {ln} messages, {lneg} without personal data ({lnegp:.1f} %), {litems} labelled items.

| lang | messages | share |
|---|---|---|
{llang_rows}

| type | items | messages containing it |
|---|---|---|
{ltyp_rows}
"""


def write_spec(write=True):
    total = {}
    for name, dsl in SPEC.items():
        text, n = build_spec(name, dsl)   # always: the corpus's values follow in the same random stream
        if write:
            with open(os.path.join(SPEC_DIR, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        total[name] = n
    return total


def main():
    # anything else is refused: a mistyped flag would otherwise regenerate the spec files and
    # drop their hand-made cases
    bad = [a for a in sys.argv[1:] if a not in ("--check", "--corpus")]
    if bad:
        print("usage: gen-fixtures.py [--check | --corpus]  (unknown: %s)" % " ".join(bad),
              file=sys.stderr)
        return 2
    check_only = "--check" in sys.argv
    # --corpus: rewrite only the corpus (the spec files have hand-made cases since, e.g. the
    # demo-page attack cases in adversarial.txt, that this generator does not know).
    if not check_only:
        write_spec(write="--corpus" not in sys.argv)
        write_corpus()
    errs, allc, ncases = [], Counter(), 0
    print("spec files:")
    for fn in sorted(os.listdir(SPEC_DIR)):
        if not fn.endswith(".txt"):
            continue
        e, n, c = check_spec_file(os.path.join(SPEC_DIR, fn))
        errs += e
        ncases += n
        allc.update(c)
        print("  %-16s %4d cases  %s" % (fn, n, dict(c)))
    print("  total %d cases; spans per type: %s" % (ncases, dict(allc)))
    for name in ("messages.jsonl", "linguistic.jsonl"):
        cp = os.path.join(CORPUS_DIR, name)
        if os.path.exists(cp):
            e, recs = check_corpus(cp)
            errs += e
            print(name + " " + corpus_stats(recs)[0])
    for x in errs:
        print("ERROR", x)
    print("%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
