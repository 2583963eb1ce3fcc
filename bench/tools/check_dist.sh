#!/usr/bin/env bash
# Packaging check: build a wheel and an sdist from this tree, install each into its own fresh venv
# and run the installed package there (outside the source tree, so nothing is imported from src/).
#
#   bash bench/tools/check_dist.sh            # from anywhere; exits non-zero on the first failure
#
# Checks: `python -m build` makes both artefacts; the wheel holds py.typed and every file of
# src/articlekit/data/; the sdist holds the fixtures, tests and docs; each artefact installs into
# a new venv; `import articlekit` works and `articlekit extract` on the seed fixture prints a
# JSON article with a title, a body and a summary.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PY=${PYTHON:-python3}
START=$SECONDS

WORK=$(mktemp -d "${TMPDIR:-/tmp}/articlekit-dist.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FIXTURE="$ROOT/fixtures/seed-china-us-ai-education/source.html"

say() { printf 'check_dist: %s\n' "$*"; }
fail() { printf 'check_dist: FAIL: %s\n' "$*" >&2; exit 1; }

# `build` is a tool of this script, not of the package: install it where it is missing.
if ! "$PY" -c "import build" 2>/dev/null; then
  "$PY" -m pip install -q build
fi

say "building wheel and sdist into $WORK/dist"
# --no-isolation would reuse this environment's setuptools; isolation proves pyproject's build
# requirements are enough, as for any user running `pip install` from the sdist.
"$PY" -m build --outdir "$WORK/dist" "$ROOT" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; fail "python -m build"; }
WHEEL=$(ls "$WORK"/dist/*.whl)
SDIST=$(ls "$WORK"/dist/*.tar.gz)
say "built $(basename "$WHEEL") ($(du -k "$WHEEL" | cut -f1) kB), $(basename "$SDIST") ($(du -k "$SDIST" | cut -f1) kB)"

# Contents: every data file and py.typed in the wheel; fixtures/tests/docs in the sdist.
"$PY" - "$WHEEL" "$SDIST" "$ROOT" <<'EOF' || fail "artefact contents"
import sys, tarfile, zipfile
from pathlib import Path

wheel, sdist, root = sys.argv[1], sys.argv[2], Path(sys.argv[3])
names = set(zipfile.ZipFile(wheel).namelist())
data = sorted(p.name for p in (root / "src/articlekit/data").iterdir() if p.is_file())
wanted = ["articlekit/py.typed", *(f"articlekit/data/{n}" for n in data)]
missing = [n for n in wanted if n not in names]
if missing:
    sys.exit(f"wheel lacks {missing}")
stray = [n for n in names if n.startswith(("tests/", "fixtures/", "bench/"))]
if stray:
    sys.exit(f"wheel holds non-package files {stray[:5]}")
members = tarfile.open(sdist).getnames()
top = members[0].split("/")[0]
for need in ("fixtures/seed-china-us-ai-education/source.html", "tests/test_golden.py",
             "docs/index.md", "src/articlekit/py.typed", "CHANGELOG.md"):
    if f"{top}/{need}" not in members:
        sys.exit(f"sdist lacks {need}")
print(f"check_dist: wheel holds py.typed and {len(data)} data files; sdist holds fixtures, tests, docs")
EOF

# Run the installed package from a directory that is not the source tree.
smoke() {  # $1 = venv dir, $2 = label
  local bin="$1/bin"
  (cd "$WORK" && "$bin/python" -c "import articlekit, sys; print('check_dist: import articlekit', articlekit.__version__, 'from', articlekit.__file__)") \
    || fail "$2: import articlekit"
  (cd "$WORK" && "$bin/python" -c "import articlekit; assert 'site-packages' in articlekit.__file__, articlekit.__file__") \
    || fail "$2: articlekit imported from the source tree, not the install"
  (cd "$WORK" && "$bin/articlekit" extract "$FIXTURE" >"$WORK/out.json") || fail "$2: articlekit extract"
  "$bin/python" - "$WORK/out.json" <<'EOF' || fail "$2: articlekit extract output"
import json, sys
art = json.load(open(sys.argv[1], encoding="utf-8"))
assert art["title"] and len(art["text"]) > 500 and art["summary"], art
print(f"check_dist: articlekit extract -> {art['title'][:60]!r}, {len(art['text'])} chars, "
      f"{len(art['summary'])} bullets, {len(art['figures'])} figures")
EOF
  "$bin/articlekit" --version >/dev/null || fail "$2: articlekit --version"
}

for kind in wheel sdist; do
  artefact=$WHEEL; [ "$kind" = sdist ] && artefact=$SDIST
  say "fresh venv, pip install the $kind"
  "$PY" -m venv "$WORK/venv-$kind"
  "$WORK/venv-$kind/bin/python" -m pip install -q "$artefact" >"$WORK/pip-$kind.log" 2>&1 \
    || { cat "$WORK/pip-$kind.log" >&2; fail "pip install $kind"; }
  smoke "$WORK/venv-$kind" "$kind"
done

say "OK in $((SECONDS - START)) s"
