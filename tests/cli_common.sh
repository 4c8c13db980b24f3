# cli_common.sh — sourced by the CLI's tests (NAME set to the test's name, $1 the zaslon
# binary): ZASLON, a temp folder as the working folder (dir; the caller's EXIT trap removes it),
# fail MESSAGE to count a failure and go on, finish to report and exit.
ZASLON=$(realpath "${1:?usage: $NAME.sh path/to/zaslon}")
dir=$(mktemp -d)
cd "$dir" || exit 1
fails=0
fail() {
  printf '%s: FAIL: %s\n' "$NAME" "$*" >&2
  fails=$((fails + 1))
}
finish() {
  if ((fails)); then
    printf '%s: %d failure(s)\n' "$NAME" "$fails" >&2
    exit 1
  fi
  echo "$NAME: all passed ($ZASLON)"
}
