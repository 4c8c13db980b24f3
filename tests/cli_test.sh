#!/usr/bin/env bash
# cli_test.sh ZASLON — the CLI's promises on a hostile file system and odd input: a NUL inside a
# --jsonl text is an error line and exit 1 (never a shortened text), the vault is written
# through a fresh file (a link planted at the old PATH.tmp or at the vault itself is never
# followed) with mode 0600, a value with a NUL inside comes back from the vault file byte for
# byte, a person keeps one pseudonym across calls sharing the file, and a vault that is a link or
# a FIFO is refused, without a hang.
set -uo pipefail
NAME=cli_test
# shellcheck source=tests/cli_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/cli_common.sh"
trap 'rm -rf "$dir"' EXIT
TO=(timeout 20)

# ---- --jsonl: a NUL anywhere in the line is an error line carrying the id; the run goes on ----
printf '%s\n' '{"id":1,"text":"hello\u0000 tel +7 912 345-67-89"}' \
  '{"id":2,"text":"path C:\\u0000 and +7 912 345-67-89"}' \
  '{"id":3,"text":"tel +7 912 345-67-89"}' >in.jsonl
printf '{"id":4,"text":"raw\0 tel +7 912 345-67-89"}\n' >>in.jsonl
for cmd in scan redact; do
  "${TO[@]}" "$ZASLON" "$cmd" --jsonl <in.jsonl >out.jsonl 2>err.txt
  rc=$?
  [[ $rc == 1 ]] || fail "$cmd --jsonl with a NUL line: exit $rc, want 1"
  [[ $(wc -l <out.jsonl) == 4 ]] || fail "$cmd --jsonl: want 4 output lines, got $(wc -l <out.jsonl)"
  line1=$(sed -n 1p out.jsonl)
  [[ $line1 == *'"id":1'* && $line1 == *'"error"'* && $line1 == *NUL* ]] ||
    fail "$cmd: line 1 (escaped NUL) is not an error line with its id: $line1"
  [[ $line1 != *spans* ]] || fail "$cmd: line 1 has spans: $line1"
  # an escaped backslash followed by u0000 is text, not a NUL: the phone after it is found
  line2=$(sed -n 2p out.jsonl)
  [[ $line2 == *PHONE_NUMBER* && $line2 != *'"error"'* ]] || fail "$cmd: line 2 wrongly refused: $line2"
  [[ $(sed -n 3p out.jsonl) == *PHONE_NUMBER* ]] || fail "$cmd: line 3 lost after the error line"
  line4=$(sed -n 4p out.jsonl)
  [[ $line4 == *'"id":4'* && $line4 == *'"error"'* ]] || fail "$cmd: line 4 (raw NUL byte) not refused: $line4"
done

# ---- --jsonl: broken JSON and an object without a text string are error lines; the object's id
# comes back with its error, and the lines after them are still read -------------------------
printf '%s\n' '{"id":1,"text":"x' '{"id":"b2"}' '{"id":3,"text":"a\ud800b"}' \
  '{"id":4,"text":"tel +7 912 345-67-89"}' >bad.jsonl
"${TO[@]}" "$ZASLON" scan --jsonl <bad.jsonl >out.jsonl 2>err.txt
rc=$?
[[ $rc == 1 ]] || fail "scan --jsonl with broken lines: exit $rc, want 1"
[[ $(sed -n 1p out.jsonl) == *'"id":null'*'not valid JSON'* ]] || fail "broken JSON: $(sed -n 1p out.jsonl)"
[[ $(sed -n 2p out.jsonl) == *'"id":"b2"'*'"error"'* ]] || fail "no text: $(sed -n 2p out.jsonl)"
[[ $(sed -n 3p out.jsonl) == *'"error"'* ]] || fail "lone surrogate: $(sed -n 3p out.jsonl)"
[[ $(sed -n 4p out.jsonl) == *'"id":4'*PHONE_NUMBER* ]] || fail "line 4 lost: $(sed -n 4p out.jsonl)"

# ---- the vault is written through a fresh file, never through a planted link ---------------
echo 'not yours' >victim.txt
ln -s victim.txt vault.json.tmp
echo 'Позвоните +7 912 345-67-89' | "${TO[@]}" "$ZASLON" redact --vault vault.json >red.txt 2>err.txt ||
  fail "redact with a link at vault.json.tmp failed: $(cat err.txt)"
[[ $(cat victim.txt) == 'not yours' ]] || fail "the link at vault.json.tmp was followed"
[[ -f vault.json && ! -L vault.json ]] || fail "vault.json is not a regular file"
[[ $(stat -c %a vault.json) == 600 ]] || fail "vault.json mode $(stat -c %a vault.json), want 600"
grep -q '"zaslon_vault"' vault.json || fail "vault.json does not hold the vault"
left=$(find . -name 'vault.json.?*' ! -name vault.json.tmp)
[[ -z $left ]] || fail "temporary files left behind: $left"
# the vault it wrote restores
"${TO[@]}" "$ZASLON" restore --vault vault.json <red.txt >back.txt 2>err.txt || fail "restore failed: $(cat err.txt)"
[[ $(cat back.txt) == 'Позвоните +7 912 345-67-89' ]] || fail "restore gave: $(cat back.txt)"

# an existing vault rewritten under umask 000 still ends 0600
(umask 000 && echo 'a@b.ru' | "${TO[@]}" "$ZASLON" redact --vault vault.json >/dev/null 2>err.txt) ||
  fail "second redact failed: $(cat err.txt)"
[[ $(stat -c %a vault.json) == 600 ]] || fail "rewritten vault mode $(stat -c %a vault.json), want 600"

# ---- a value with a NUL byte inside survives the vault file: restore gives it byte for byte ----
printf 'Позвоните +7 912 345\0-67-89 завтра\n' >nul-in.txt
"${TO[@]}" "$ZASLON" redact --vault nul.json <nul-in.txt >nul-red.txt 2>err.txt ||
  fail "redact of a phone with a NUL failed: $(cat err.txt)"
[[ $(cat nul-red.txt) == 'Позвоните <PHONE_NUMBER_1> завтра' ]] || fail "NUL phone: $(cat nul-red.txt)"
"${TO[@]}" "$ZASLON" restore --vault nul.json <nul-red.txt >nul-back.txt 2>err.txt ||
  fail "restore with a vault holding a NUL value failed: $(cat err.txt)"
cmp -s nul-in.txt nul-back.txt || fail "the restored phone is not the original bytes: $(od -c nul-back.txt | head -3)"

# ---- a person keeps one pseudonym across calls sharing the vault file ------------------------
echo 'Пациентка Петрова Анна Сергеевна записана' | "${TO[@]}" "$ZASLON" redact --vault p.json >/dev/null
echo 'Анна Смирнова тоже' | "${TO[@]}" "$ZASLON" redact --vault p.json >/dev/null
got=$(echo 'Передайте Петровой, что Анне Петровой и Анне Смирновой' |
  "${TO[@]}" "$ZASLON" redact --vault p.json 2>&1)
[[ $got == 'Передайте <PERSON_1>, что <PERSON_1> и <PERSON_2>' ]] || fail "people across calls: $got"

# ---- a link or a FIFO at the vault path is refused, read or write ----------------------------
ln -s victim.txt linked.json
for cmd in redact restore; do
  echo 'a@b.ru' | "${TO[@]}" "$ZASLON" "$cmd" --vault linked.json >/dev/null 2>err.txt
  rc=$?
  [[ $rc == 1 ]] || fail "$cmd --vault LINK: exit $rc, want 1"
  grep -q 'symbolic link' err.txt || fail "$cmd --vault LINK: no reason given: $(cat err.txt)"
done
[[ $(cat victim.txt) == 'not yours' && -L linked.json ]] || fail "the vault link was followed"
mkfifo fifo.json
echo 'a@b.ru' | "${TO[@]}" "$ZASLON" redact --vault fifo.json >/dev/null 2>err.txt
rc=$?
[[ $rc == 1 ]] || fail "redact --vault FIFO: exit $rc, want 1 (124 is a hang)"
grep -q 'not a regular file' err.txt || fail "redact --vault FIFO: no reason given: $(cat err.txt)"

finish
