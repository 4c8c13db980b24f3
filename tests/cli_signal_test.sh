#!/usr/bin/env bash
# cli_signal_test.sh ZASLON — a long-running CLI (rsyslog, scan/redact --jsonl, a whole stdin still
# being read) stopped by SIGTERM, SIGINT or SIGHUP finishes the line it is on, writes no half a
# line, wipes its memory and exits 128 + the signal, saying so on stderr. With the default action
# the exit status would be the same; the stderr line is what shows the wipe ran, and the ASan
# build's leak check at exit shows everything was freed.
set -uo pipefail
set -m # background jobs of a script would start with SIGINT ignored, and keep it ignored
NAME=cli_signal_test
# shellcheck source=tests/cli_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/cli_common.sh"
pid=
trap '[[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
# Waits (up to ~20 s) until FILE has N lines; false if it never does.
wait_lines() {
  for _ in $(seq 200); do
    [[ -f $1 && $(wc -l <"$1") -ge $2 ]] && return 0
    sleep 0.1
  done
  return 1
}
# Waits (up to ~20 s) for $pid to end and sets rc; 124 if it had to be killed (a hang).
wait_exit() {
  for _ in $(seq 200); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null
    rc=124
  else
    wait "$pid"
    rc=$?
  fi
  pid=
}
# Waits (up to ~20 s) until $pid catches SIGTERM: it is zaslon, past its set-up.
wait_handling() {
  for _ in $(seq 200); do
    (($(printf '%d' "0x$(awk '/^SigCgt:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)") & 1 << 14)) && return 0
    sleep 0.1
  done
  fail "$1: signals are not handled"
  return 1
}
declare -A NUM=([TERM]=15 [INT]=2 [HUP]=1)

# Starts zaslon ARGS... reading a FIFO held open on fd 3; returns once it handles signals.
start() {
  rm -f in.fifo out.txt err.txt
  mkfifo in.fifo
  "$ZASLON" "$@" <in.fifo >out.txt 2>err.txt &
  pid=$!
  exec 3>in.fifo
  wait_handling "$*"
}

# A running filter with one line answered and its input still open, waiting for the next line.
idle_case() { # $1 signal, $2 input line, $3... the command
  local sig=$1 line=$2
  shift 2
  start "$@"
  printf '%s\n' "$line" >&3
  wait_lines out.txt 1 || fail "$* ($sig): no reply to the first line"
  kill -s "$sig" "$pid"
  wait_exit
  exec 3>&-
  [[ $rc == $((128 + NUM[$sig])) ]] || fail "$* ($sig): exit $rc, want $((128 + NUM[$sig]))"
  grep -q "stopped by signal ${NUM[$sig]} " err.txt || fail "$* ($sig): no wipe said on stderr: $(cat err.txt)"
  [[ $(wc -l <out.txt) == 1 && $(tail -c1 out.txt | od -An -c | tr -d ' ') == '\n' ]] ||
    fail "$* ($sig): want exactly one whole output line: $(cat out.txt)"
  if grep -q '345-67-89' out.txt; then fail "$* ($sig): an original value in the output"; fi
}
# Under nohup SIGHUP comes ignored, and zaslon keeps a signal ignored that it was started with
# (as a daemon should): the HUP case is then not run, and says so.
sigs="TERM INT HUP"
if (($(printf '%d' "0x$(awk '/^SigIgn:/ {print $2}' /proc/$$/status)") & 1)); then
  sigs="TERM INT"
  echo "$NAME: SIGHUP is ignored here (nohup?): its case is skipped" >&2
fi
for sig in $sigs; do
  idle_case "$sig" '{"msg":"a +7 912 345-67-89","rawmsg":"<13>x: a +7 912 345-67-89"}' rsyslog
done
idle_case TERM '{"id":1,"text":"tel +7 912 345-67-89"}' redact --jsonl
idle_case TERM '{"id":1,"text":"tel +7 912 345-67-89"}' scan --jsonl
grep -q '"PHONE_NUMBER"' out.txt || fail "scan --jsonl: the answered line has no span: $(cat out.txt)"

# Lines and the signal sent together: whatever line the filter is on when the signal comes is
# answered whole, the rest is left unread; never half a line.
start rsyslog
for i in $(seq 200); do printf '{"msg":"m%d +7 912 345-67-89 and a@b.ru"}\n' "$i"; done >&3
kill -TERM "$pid"
wait_exit
exec 3>&-
[[ $rc == 143 ]] || fail "rsyslog, signal amid lines: exit $rc, want 143"
[[ ! -s out.txt || $(tail -c1 out.txt | od -An -c | tr -d ' ') == '\n' ]] ||
  fail "rsyslog, signal amid lines: half a line written"
if grep -v '"zaslon":"redacted"}}$' out.txt | grep -q .; then fail "rsyslog, signal amid lines: a bad reply"; fi

# Whole stdin: stopped while still reading, nothing is written (never a part of the text).
start redact
printf 'tel +7 912 345-67-89 and more to come' >&3
kill -TERM "$pid"
wait_exit
exec 3>&-
[[ $rc == 143 ]] || fail "redact, stopped while reading: exit $rc, want 143"
[[ ! -s out.txt ]] || fail "redact, stopped while reading: output written: $(cat out.txt)"
grep -q 'stopped by signal 15 ' err.txt || fail "redact, stopped while reading: stderr: $(cat err.txt)"

finish
