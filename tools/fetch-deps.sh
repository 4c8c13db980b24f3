#!/usr/bin/env bash
# Fetch, verify and unpack Zaslon's third-party C sources (see tools/deps.lock).
#
#   tarballs (cache, ignored):  .cache/deps/<name>_<version>.orig.tar.gz
#   verified sources (ignored): build/deps/src/<name>-<version>/
#
# Primary method: Debian source packages (`apt-get source --download-only`). If the machine has
# no deb-src entries, one is derived from its own /etc/apt/sources.list.d/debian.sources (or
# /etc/apt/sources.list) and written to /etc/apt/sources.list.d/zaslon-deb-src.sources; only
# those source indexes are then downloaded. Fallback (non-Debian machines, or the pinned version
# is not in the archive): the upstream URL from deps.lock via curl. Every tarball's SHA-256 is
# checked against deps.lock before it is unpacked; a mismatch is fatal.
#
# Idempotent: when every source tree is present and matches the lock, it does nothing and prints
# nothing. Environment: ZASLON_DEPS_NO_UPSTREAM=1 forbids the curl fallback.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOCK="$ROOT/tools/deps.lock"
CACHE="$ROOT/.cache/deps"
SRC="$ROOT/build/deps/src"
MARK=.zaslon-verified # inside each unpacked tree: "<name> <version> <sha256>"
DEBSRC_FILE=/etc/apt/sources.list.d/zaslon-deb-src.sources

say() { printf 'fetch-deps: %s\n' "$*"; }
die() {
  printf 'fetch-deps: ERROR: %s\n' "$*" >&2
  exit 1
}
sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

# ---- which dependencies need work? ---------------------------------------------------------
declare -a TODO=()
declare -A PATCH_REV=() PATCH_SHA=()
while read -r kind pname prev psha; do
  [[ "$kind" == patches ]] || continue
  [[ -n "$psha" ]] || die "malformed patches line in $LOCK: $pname"
  PATCH_REV[$pname]=$prev
  PATCH_SHA[$pname]=$psha
done <"$LOCK"
while read -r name version sha url; do
  [[ -z "$name" || "$name" == \#* || "$name" == patches ]] && continue
  [[ -n "$url" ]] || die "malformed line in $LOCK: $name"
  tree="$SRC/$name-$version"
  if [[ -f "$tree/$MARK" && "$(cat "$tree/$MARK")" == "$name $version $sha ${PATCH_SHA[$name]:-}" ]]; then
    continue
  fi
  TODO+=("$name $version $sha $url")
done <"$LOCK"
((${#TODO[@]})) || exit 0

mkdir -p "$CACHE" "$SRC"

# ---- Debian source-package route -------------------------------------------------------------
APT_SETUP_TRIED=

apt_usable() { command -v apt-get >/dev/null 2>&1 && command -v apt-cache >/dev/null 2>&1; }

# Debian versions of source package $1 whose upstream part is $2, highest first.
apt_src_versions() {
  apt-cache showsrc --only-source "$1" 2>/dev/null |
    awk -v up="$2" '/^Version:/ { v = $2; sub(/^[0-9]+:/, "", v); if (index(v, up "-") == 1) print $2 }' |
    sort -Vru
}

# Derive deb-src stanzas from the machine's own apt sources (same URIs/Suites/Components/keys).
derive_debsrc() {
  local tmp
  tmp=$(mktemp)
  if [[ -r /etc/apt/sources.list.d/debian.sources ]]; then
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
         {
           n = split($0, line, "\n"); out = ""; isdeb = 0
           for (i = 1; i <= n; i++) {
             if (line[i] ~ /^Types:/) {
               if (line[i] ~ /[: ]deb( |$)/ && line[i] !~ /deb-src/) isdeb = 1
               line[i] = "Types: deb-src"
             }
             out = out line[i] "\n"
           }
           if (isdeb) printf "%s\n", out
         }' /etc/apt/sources.list.d/debian.sources >"$tmp"
  elif [[ -r /etc/apt/sources.list ]]; then
    sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' /etc/apt/sources.list >"$tmp"
    DEBSRC_FILE=${DEBSRC_FILE%.sources}.list
  fi
  if [[ ! -s "$tmp" ]]; then
    rm -f "$tmp"
    return 1
  fi
  { printf '# Written by Zaslon tools/fetch-deps.sh: deb-src twin of the deb entries, for apt-get source.\n'; cat "$tmp"; } >"$tmp.2"
  mv "$tmp.2" "$DEBSRC_FILE"
  chmod 644 "$DEBSRC_FILE"
  rm -f "$tmp"
}

# Succeeds when apt can provide source package $1 at upstream version $2. The first time it
# cannot, deb-src entries are added (if missing) and their indexes downloaded, once per run.
apt_prepare() {
  apt_usable || return 1
  [[ -n "$(apt_src_versions "$1" "$2")" ]] && return 0
  [[ -z "$APT_SETUP_TRIED" ]] || return 1
  APT_SETUP_TRIED=1
  [[ $(id -u) -eq 0 ]] || return 1 # adding entries / refreshing indexes needs root
  if [[ ! -f "$DEBSRC_FILE" && ! -f "${DEBSRC_FILE%.sources}.list" ]]; then
    derive_debsrc || return 1
    say "added deb-src entries: $DEBSRC_FILE"
  fi
  [[ -f "$DEBSRC_FILE" ]] || DEBSRC_FILE=${DEBSRC_FILE%.sources}.list
  # Refresh only the indexes of our deb-src file; leave the machine's other lists alone.
  if ! apt-get update -qq -o Dir::Etc::sourcelist="$DEBSRC_FILE" -o Dir::Etc::sourceparts=- \
    -o APT::Get::List-Cleanup=0 >"$CACHE/apt-update.log" 2>&1; then
    say "apt-get update for deb-src failed (see .cache/deps/apt-update.log)"
    return 1
  fi
  rm -f "$CACHE/apt-update.log"
  [[ -n "$(apt_src_versions "$1" "$2")" ]]
}

# Download <name>_<version>.orig.tar.gz with apt-get source into $3 (a file path). Every Debian
# revision of that upstream version ships the same .orig.tar.gz; try them newest first (a
# revision listed in the indexes may be missing from a mirror's pool).
fetch_apt() {
  local name=$1 version=$2 out=$3 debver work log="$CACHE/apt-source-$1.log"
  : >"$log"
  for debver in $(apt_src_versions "$name" "$version"); do
    work=$(mktemp -d "$CACHE/apt.XXXXXX")
    if (cd "$work" && apt-get source --download-only -qq -o APT::Sandbox::User=root \
      "$name=$debver") >>"$log" 2>&1 && [[ -f "$work/${name}_${version}.orig.tar.gz" ]]; then
      mv "$work/${name}_${version}.orig.tar.gz" "$out"
      rm -rf "$work" "$log"
      SOURCE_DESC="Debian source package $name=$debver"
      return 0
    fi
    rm -rf "$work"
  done
  return 1
}

fetch_upstream() {
  local url=$1 out=$2
  [[ "${ZASLON_DEPS_NO_UPSTREAM:-}" == 1 ]] && return 1
  command -v curl >/dev/null 2>&1 || die "curl is needed to download $url"
  curl -fsSL --retry 3 --connect-timeout 20 -o "$out" "$url" || return 1
  SOURCE_DESC=$url
}

# ---- fetch + verify + unpack -------------------------------------------------------------------
# The debian.tar.xz of a Debian revision: its patches (debian/patches/series) are applied to
# the upstream tree after both hashes check out. Only Debian's archive has this file: a machine
# without it stops here rather than build a parser with known overflows.
apply_debian_patches() {
  local name=$1 rev=$2 want=$3 tree=$4 deb="$CACHE/${1}_${2}.debian.tar.xz" work got p
  if [[ -f "$deb" && "$(sha256_of "$deb")" != "$want" ]]; then rm -f "$deb"; fi
  if [[ ! -f "$deb" ]]; then
    apt_prepare "$name" "${rev%%-*}" >/dev/null 2>&1 || true
    work=$(mktemp -d "$CACHE/apt.XXXXXX")
    (cd "$work" && apt-get source --download-only -qq -o APT::Sandbox::User=root "$name=$rev") \
      >"$CACHE/apt-source-$name-patches.log" 2>&1 ||
      die "cannot download the Debian patches of $name ($name=$rev): see .cache/deps/apt-source-$name-patches.log"
    [[ -f "$work/${name}_${rev}.debian.tar.xz" ]] || die "no ${name}_${rev}.debian.tar.xz in the Debian source package"
    mv "$work/${name}_${rev}.debian.tar.xz" "$deb.part"
    rm -rf "$work" "$CACHE/apt-source-$name-patches.log"
    got=$(sha256_of "$deb.part")
    if [[ "$got" != "$want" ]]; then
      rm -f "$deb.part"
      die "SHA-256 MISMATCH for ${name}_${rev}.debian.tar.xz: expected $want, got $got"
    fi
    mv "$deb.part" "$deb"
  fi
  command -v patch >/dev/null 2>&1 || die "'patch' is needed to apply the Debian patches of $name"
  work=$(mktemp -d "$CACHE/patches.XXXXXX")
  tar -xJf "$deb" -C "$work" debian/patches || die "cannot unpack $deb"
  while read -r p _; do
    [[ -z "$p" || "$p" == \#* ]] && continue
    patch -p1 -s -N -d "$tree" <"$work/debian/patches/$p" || die "patch $p of $name does not apply"
  done <"$work/debian/patches/series"
  rm -rf "$work"
  say "$name: applied the security patches of Debian $rev"
}

for entry in "${TODO[@]}"; do
  read -r name version sha url <<<"$entry"
  tarball="$CACHE/${name}_${version}.orig.tar.gz"

  if [[ -f "$tarball" ]]; then
    got=$(sha256_of "$tarball")
    if [[ "$got" != "$sha" ]]; then
      say "cached $(basename "$tarball") has SHA-256 $got, expected $sha: downloading again"
      rm -f "$tarball"
    fi
  fi

  if [[ ! -f "$tarball" ]]; then
    part="$tarball.part"
    rm -f "$part"
    SOURCE_DESC=
    if apt_prepare "$name" "$version"; then
      # Debian machine with the pinned version in its archive: that is the only source used.
      fetch_apt "$name" "$version" "$part" ||
        die "apt-get source could not download $name $version: see .cache/deps/apt-source-$name.log"
    else
      fetch_upstream "$url" "$part" ||
        die "could not download $name $version (no Debian source package for it, upstream unreachable or disabled)"
    fi
    got=$(sha256_of "$part")
    if [[ "$got" != "$sha" ]]; then
      rm -f "$part"
      die "SHA-256 MISMATCH for $name $version from $SOURCE_DESC
    expected $sha
    got      $got
  Refusing to unpack. If the new hash is legitimate, update tools/deps.lock deliberately."
    fi
    mv "$part" "$tarball"
    say "$name $version: downloaded from $SOURCE_DESC, SHA-256 ok"
  fi

  tree="$SRC/$name-$version"
  tmp=$(mktemp -d "$SRC/.unpack.XXXXXX")
  tar -xzf "$tarball" -C "$tmp" --strip-components=1 --no-same-owner ||
    die "cannot unpack $tarball"
  if [[ -n "${PATCH_REV[$name]:-}" ]]; then
    apply_debian_patches "$name" "${PATCH_REV[$name]}" "${PATCH_SHA[$name]}" "$tmp"
  fi
  printf '%s %s %s %s\n' "$name" "$version" "$sha" "${PATCH_SHA[$name]:-}" >"$tmp/$MARK"
  rm -rf "$tree"
  mv "$tmp" "$tree"
  chmod 755 "$tree"
  say "$name $version: unpacked into ${tree#"$ROOT"/}"
done
