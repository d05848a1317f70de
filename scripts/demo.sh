#!/usr/bin/env bash
# The one command that shows what crosscheck does: sets up .venv, ingests the sample articles in
# samples/ (each with the outlet, proposal, date and title from its NAME.meta.json sidecar),
# compares them and writes an HTML report to demo/report/.
set -euo pipefail
cd "$(dirname "$0")/.."

export PIP_DISABLE_PIP_VERSION_CHECK=1
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e .

mkdir -p demo
rm -f demo/crosscheck.db demo/crosscheck.db-wal demo/crosscheck.db-shm
rm -rf demo/report
export CROSSCHECK_DB=sqlite:///demo/crosscheck.db
cc=.venv/bin/crosscheck

# Prints the sidecar's fields as NUL-separated command-line options: --outlet X --proposal Y ...
sidecar_options() {
    .venv/bin/python - "$1" <<'EOF'
import json, sys
meta = json.load(open(sys.argv[1], encoding="utf-8"))
for key in ("outlet", "proposal", "published", "title", "url"):
    if meta.get(key):
        sys.stdout.write(f"--{key}\0{meta[key]}\0")
EOF
}

shopt -s nullglob
articles=(samples/*.txt samples/*.md samples/*.html)
[ ${#articles[@]} -gt 0 ] || { echo "demo.sh: no sample articles in samples/" >&2; exit 1; }
for article in "${articles[@]}"; do
    sidecar="${article%.*}.meta.json"
    [ -f "$sidecar" ] || { echo "demo.sh: $article has no sidecar $sidecar" >&2; exit 1; }
    mapfile -d '' options < <(sidecar_options "$sidecar")
    "$cc" ingest "$article" "${options[@]}"
done

"$cc" compare
"$cc" report --out demo/report
echo
echo "Report: $PWD/demo/report/index.html"
