#!/usr/bin/env bash
# tests/rsyslog/run.sh — `zaslon rsyslog` under a real rsyslogd, with the configuration of
# examples/rsyslog/zaslon.conf (paths pointed at a temp folder). The daemon is private: its own
# config, Unix socket, pid file and work folder in the temp folder; no system socket, no
# system daemon touched. Two rulesets from the example: one runs the real filter, one a filter
# that dies on its first message (a crash). Usage: run.sh ZASLON_BINARY
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ZASLON=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
RSYSLOGD=$(command -v rsyslogd || echo /usr/sbin/rsyslogd)

T=$(mktemp -d /tmp/zaslon-rsyslog.XXXXXX)
pid=
cleanup() {
  if [[ -n $pid ]]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() {
  printf 'test-rsyslog: FAIL: %s\n' "$*" >&2
  for f in "$T"/out/* "$T"/crash-out/* "$T/rsyslogd.log"; do [[ -f $f ]] && { echo "--- $f" >&2; cut -c1-300 "$f" >&2; }; done
  exit 1
}

# The protocol alone: one reply line per input line, in order, whatever the line; a line that
# cannot be redacted becomes a placeholder marked "error", never its own text.
replies=$(printf '%s\n' '{"msg":" a +7 912 345-67-89","rawmsg":"<13>x: a +7 912 345-67-89"}' 'plain +7 912 345-67-89' \
  '{"msg":"b +7 912 345-67-89\u0000"}' '{"rawmsg":"c +7 912 345-67-89"}' '' '[1]' |
  "$ZASLON" rsyslog 2>/dev/null) && fail "zaslon rsyslog exit status 0 after bad lines"
[[ $(wc -l <<<"$replies") -eq 6 ]] || fail "zaslon rsyslog: not one reply per line: $replies"
[[ $(grep -c '"zaslon":"error"' <<<"$replies") -eq 5 ]] || fail "zaslon rsyslog: bad lines not marked: $replies"
[[ $(head -n1 <<<"$replies") == '{"msg":" a <PHONE_NUMBER_1>","rawmsg":"<13>x: a <PHONE_NUMBER_1>","$!":{"zaslon":"redacted"}}' ]] ||
  fail "zaslon rsyslog: first reply: $replies"
if grep -q '345-67-89' <<<"$replies"; then fail "zaslon rsyslog: an original value in a reply: $replies"; fi

# One vault for the filter's run: a value keeps its token from line to line, another value gets
# the next number, in msg and rawmsg alike.
replies=$(printf '%s\n' '{"msg":"a +7 912 345-67-89","rawmsg":"<13>x: a +7 912 345-67-89"}' \
  '{"msg":"b +7 912 345-67-80 then +7 912 345-67-89"}' | "$ZASLON" rsyslog 2>/dev/null) ||
  fail "zaslon rsyslog: two good lines failed: $replies"
[[ $(sed -n 2p <<<"$replies") == '{"msg":"b <PHONE_NUMBER_2> then <PHONE_NUMBER_1>","$!":{"zaslon":"redacted"}}' ]] ||
  fail "zaslon rsyslog: a phone of the line before lost its token: $replies"

# The vault is bounded: after 10000 values it is wiped, so the numbering starts over and a value
# seen before the wipe gets a new token (its original is no longer held).
bound=$( {
  for i in $(seq 0 9999); do printf '{"msg":"n +7 912 %03d-%02d-%02d"}\n' $((i / 10000 + 100)) $((i / 100 % 100)) $((i % 100)); done
  printf '%s\n' '{"msg":"new +7 913 000-00-01"}' '{"msg":"old +7 912 100-00-00"}'
} | "$ZASLON" rsyslog 2>"$T/bound.err" | tail -n 3)
[[ $(sed -n 1p <<<"$bound") == '{"msg":"n <PHONE_NUMBER_10000>","$!":{"zaslon":"redacted"}}' ]] ||
  fail "zaslon rsyslog: 10000 phones did not get 10000 tokens: $bound"
[[ $(sed -n 2,3p <<<"$bound") == '{"msg":"new <PHONE_NUMBER_1>","$!":{"zaslon":"redacted"}}
{"msg":"old <PHONE_NUMBER_2>","$!":{"zaslon":"redacted"}}' ]] || fail "zaslon rsyslog: the full vault was not wiped: $bound"
grep -q 'wiped' "$T/bound.err" || fail "zaslon rsyslog: the wipe is not said on stderr"

# A filter that reads one message and exits without answering, as a crash would.
printf '#!/bin/sh\nread -r line\nexit 1\n' >"$T/crash.sh"
chmod 755 "$T/crash.sh"

example() { # $1 ruleset name, $2 filter binary, $3 output folder
  sed -e "s|ruleset(name=\"zaslon\")|ruleset(name=\"$1\")|" \
    -e "s|binary=\"/usr/local/bin/zaslon rsyslog\"|binary=\"$2\"|" \
    -e "s|/var/log/zaslon/|$3/|g" \
    -e '/^module(load="mmexternal")/d' -e '/^template(/,/)$/d' "$ROOT/examples/rsyslog/zaslon.conf"
}
mkdir -p "$T/out" "$T/crash-out" "$T/work"
{
  echo "global(workDirectory=\"$T/work\" maxMessageSize=\"64k\")"
  echo 'module(load="imuxsock" SysSock.Use="off")'
  sed -n -e '/^module(load="mmexternal")/p' -e '/^template(/,/)$/p' "$ROOT/examples/rsyslog/zaslon.conf"
  example zaslon "$ZASLON rsyslog" "$T/out"
  example zaslon_crash "$T/crash.sh" "$T/crash-out"
  echo "input(type=\"imuxsock\" Socket=\"$T/log.sock\" ruleset=\"zaslon\" UseSpecialParser=\"off\" ParseHostname=\"on\")"
  echo "input(type=\"imuxsock\" Socket=\"$T/crash.sock\" ruleset=\"zaslon_crash\" UseSpecialParser=\"off\" ParseHostname=\"on\")"
} >"$T/rsyslog.conf"

"$RSYSLOGD" -N1 -f "$T/rsyslog.conf" >"$T/rsyslogd.log" 2>&1 || fail "rsyslogd rejects the config"
"$RSYSLOGD" -n -f "$T/rsyslog.conf" -i "$T/rsyslogd.pid" >>"$T/rsyslogd.log" 2>&1 &
pid=$!
for _ in $(seq 100); do [[ -S $T/log.sock && -S $T/crash.sock ]] && break; sleep 0.1; done
[[ -S $T/log.sock ]] || fail "rsyslogd did not open its socket"

# Waits until FILE has N lines (rsyslog writes asynchronously); the bound only stops a hang.
wait_lines() {
  for _ in $(seq 200); do
    [[ -f $1 && $(wc -l <"$1") -ge $2 ]] && return 0
    sleep 0.1
  done
  fail "$1: expected $2 lines"
}

logger --rfc3164 -u "$T/log.sock" -t shop "Заказ 1042: перезвоните на +7 912 345-67-89 или ivan.petrov@example.ru, спасибо"
logger --rfc3164 -u "$T/log.sock" -t shop "Заказ 1043 готов к выдаче"
logger --rfc3164 --size 16384 -u "$T/log.sock" -t shop "$(printf 'x%.0s' $(seq 3000)) +7 912 345-67-89"
wait_lines "$T/out/messages.log" 3

got=$(cat "$T/out/messages.log")
grep -q 'shop: Заказ 1042: перезвоните на <PHONE_NUMBER_1> или <EMAIL_ADDRESS_1>, спасибо$' <<<"$got" ||
  fail "the phone and e-mail are not masked with the rest of the line intact"
grep -q 'shop: Заказ 1043 готов к выдаче$' <<<"$got" || fail "a message without personal data changed"
grep -q 'x <PHONE_NUMBER_1>$' <<<"$got" || fail "a long message is not masked"
if grep -q -e '345-67-89' -e 'ivan.petrov' "$T"/out/*; then fail "an original value was written"; fi

# The crashing filter: the message is written without its text, never raw.
logger --rfc3164 -u "$T/crash.sock" -t shop "Звоните +7 912 345-67-89"
wait_lines "$T/crash-out/withheld.log" 1
grep -q 'shop: \[message withheld: zaslon could not mask it\]$' "$T/crash-out/withheld.log" ||
  fail "the crashed filter's message is not reported as withheld"
if grep -rq '345-67-89' "$T/crash-out"; then fail "the crashed filter's message was written raw"; fi
[[ ! -f $T/crash-out/messages.log ]] || fail "the crashed filter's message reached messages.log"
echo "test-rsyslog: masked, intact and withheld lines as expected"
