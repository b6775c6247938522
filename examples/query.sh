#!/usr/bin/env bash
# The Mandate Lineage API from the command line, with curl only:
#   1. a GraphQL query sent with POST (the usual way),
#   2. the same kind of query sent with GET (cacheable; needs a CSRF header, see below),
#   3. a GraphML export of a lineage downloaded as a file (opens in Gephi, yEd, Cytoscape).
#
#   npm start                                    # in the project folder: the API at localhost:4000
#   bash examples/query.sh
#   MANDATE_LINEAGE_URL=http://127.0.0.1:4000 bash examples/query.sh      # another server
#   MANDATE_LINEAGE_OUT=/tmp bash examples/query.sh                       # where the export goes
#
# Exits non-zero (with the API's answer) when a request fails or the API answers with errors.
set -euo pipefail

BASE="${MANDATE_LINEAGE_URL:-http://localhost:4000}"
BASE="${BASE%/}"
OUT_DIR="${MANDATE_LINEAGE_OUT:-.}"

fail() {
  echo "query.sh: $*" >&2
  exit 1
}

# A GraphQL answer is good when it has "data" and no "errors".
check_answer() {
  local what=$1 answer=$2
  if grep -q '"errors"' <<<"$answer"; then
    fail "$what: the API answered with errors: $answer"
  fi
  grep -q '"data"' <<<"$answer" || fail "$what: not a GraphQL answer: $answer"
}

# ---- 1. POST: why does the Working Group on Firearms exist? -------------------------------------
# The body is JSON: {"query": "...", "variables": {...}}.
echo "== POST $BASE/graphql: whyExists(body/wg-firearms)"
answer=$(
  curl -sS --fail-with-body "$BASE/graphql" \
    -H 'content-type: application/json' \
    --data-binary @- <<'JSON'
{
  "query": "query WhyExists($id: ID!) { whyExists(id: $id) { summary steps { type from { id } to { id } evidence { paragraph quote } } } }",
  "variables": { "id": "body/wg-firearms" }
}
JSON
) || fail "POST whyExists failed: ${answer:-no answer from $BASE/graphql (is the API running? npm start)}"
check_answer "POST whyExists" "$answer"
grep -q 'Resolution 5/4' <<<"$answer" || fail "POST whyExists: the summary does not name Resolution 5/4: $answer"
echo "$answer"
echo

# ---- 2. GET: a query in the URL ----------------------------------------------------------------
# Apollo Server's CSRF protection refuses "simple" GET requests (those a web page could send from
# another site); any non-simple header such as apollo-require-preflight lets a script through.
# -G with --data-urlencode puts the url-encoded query into the query string.
echo "== GET $BASE/graphql: entity(decision/4/4)"
answer=$(
  curl -sS --fail-with-body -G "$BASE/graphql" \
    -H 'apollo-require-preflight: true' \
    --data-urlencode 'query={ entity(id: "decision/4/4") { id kind name name_ru: name(lang: RU) } }'
) || fail "GET entity failed: ${answer:-no answer}"
check_answer "GET entity" "$answer"
grep -q '"id":"decision/4/4"' <<<"$answer" || fail "GET entity: decision/4/4 not in the answer: $answer"
echo "$answer"
echo

# ---- 3. A GraphML export, saved under the name the server gives it -----------------------------
# /export/<format>?id=…&direction=UPSTREAM|DOWNSTREAM|BOTH&maxDepth=1..20, formats graphml, gexf,
# cyjs, csv-nodes, csv-edges, jsonld. -O saves to a file, -J takes its name from the server's
# Content-Disposition header. -J never overwrites a file, so download into a fresh folder and move
# the file to $OUT_DIR (replacing an earlier download).
echo "== GET $BASE/export/graphml: the upstream lineage of body/wg-firearms"
download_dir=$(mktemp -d)
trap 'rm -rf "$download_dir"' EXIT
name=$(
  curl -sS --fail-with-body -OJ --output-dir "$download_dir" -w '%{filename_effective}' \
    "$BASE/export/graphml?id=body%2Fwg-firearms&direction=UPSTREAM&maxDepth=6"
) || fail "GraphML export failed: $(cat "$download_dir"/* 2>/dev/null | head -c 500)"
saved="$download_dir/$(basename "$name")" # some curl versions print the name without the folder
grep -q '<graphml' "$saved" || fail "the export is not GraphML: $(head -c 300 "$saved")"
mkdir -p "$OUT_DIR"
target="$OUT_DIR/$(basename "$saved")"
mv -f "$saved" "$target"
nodes=$({ grep -o '<node[ >]' "$target" || true; } | wc -l)
echo "saved $target ($(wc -c <"$target") bytes, $nodes nodes)"
