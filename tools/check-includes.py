#!/usr/bin/env python3
"""check-includes.py — the engine's folders under src/ are pipeline stages in this order, and a
file may include headers of its own stage or of an earlier one, never of a later one; no header
may reach itself through its includes. Run by `make check-format`.

A stage's headers declare what later stages use of it; an include the other way round would let
an early stage call into a later one, and the stages would stop being steps of one pipeline.

  python3 tools/check-includes.py [SRC_DIR]      exit 0 clean, 1 with one line per violation
"""
import os
import re
import sys

# Earlier first. common: memory, UTF-8, encodings and the compiled policy's data, read by all;
# scan: one scan's state and candidates; recognize: the recognizers; resolve: overlaps and the
# allow list; pipeline: runs the stages over a text; redact: actions and the vault; policy:
# compiles policies; cli: the command-line tool.
STAGES = ["common", "scan", "recognize", "resolve", "pipeline", "redact", "policy", "cli"]
PUBLIC = {"zaslon.h"}  # the installed API, at src/ itself: any stage may include it
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]+"([^"]+)"', re.M)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
    src = os.path.normpath(src)
    errors = []
    files = {}  # path relative to src -> list of (line, included path relative to src)
    for root, dirs, names in os.walk(src):
        dirs.sort()
        for name in sorted(names):
            if not name.endswith((".c", ".h")):
                continue
            rel = os.path.relpath(os.path.join(root, name), src).replace(os.sep, "/")
            parts = rel.split("/")
            if len(parts) == 1:
                if rel not in PUBLIC:
                    errors.append(f"src/{rel}: engine code belongs in a stage folder {STAGES}")
                continue
            if parts[0] not in STAGES or len(parts) > 2:
                errors.append(f"src/{rel}: not in a stage folder {STAGES} (add a new stage there)")
                continue
            with open(os.path.join(root, name), encoding="utf-8") as f:
                text = f.read()
            incs = []
            for m in INCLUDE.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                inc = m.group(1)
                # as the compiler finds it: next to the file, then from src/ (-Isrc)
                beside = os.path.normpath(os.path.join(os.path.dirname(rel), inc)).replace(os.sep, "/")
                if os.path.isfile(os.path.join(src, beside)):
                    incs.append((line, beside))
                elif os.path.isfile(os.path.join(src, inc)):
                    incs.append((line, os.path.normpath(inc).replace(os.sep, "/")))
                else:  # third-party and generated headers are included with <...>
                    errors.append(f"src/{rel}:{line}: includes \"{inc}\", which is not in src/")
            files[rel] = incs

    def stage(rel):
        return STAGES.index(rel.split("/")[0]) if "/" in rel else -1

    for rel, incs in sorted(files.items()):
        for line, inc in incs:
            if inc in PUBLIC:
                continue
            if stage(inc) > stage(rel):
                errors.append(f"src/{rel}:{line}: includes {inc}, a later stage "
                              f"({STAGES[stage(rel)]} < {STAGES[stage(inc)]})")

    # Cycles among our headers (include guards hide them from the compiler, not from readers).
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {}
    stack = []

    def visit(f):
        colour[f] = GREY
        stack.append(f)
        for _, inc in files.get(f, []):
            if inc not in files:
                continue
            if colour.get(inc, WHITE) == GREY:
                cyc = stack[stack.index(inc):] + [inc]
                errors.append("include cycle: " + " -> ".join("src/" + c for c in cyc))
            elif colour.get(inc, WHITE) == WHITE:
                visit(inc)
        stack.pop()
        colour[f] = BLACK

    for f in sorted(files):
        if colour.get(f, WHITE) == WHITE:
            visit(f)

    for e in errors:
        print("check-includes: " + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
