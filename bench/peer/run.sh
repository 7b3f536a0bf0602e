#!/bin/bash
# The dashboard beside the reference peer (the same dashboard built with Observable Framework), measured by the peer's
# probe (measure.mjs) through this folder's adapter, runs interleaved (peer, project, peer, …) so both sides meet the
# same load on a shared machine. Not part of `npm test` or the build: it needs the peers folder, which a clone lacks.
#
# Usage (from the project root, after npm ci):
#   PEERS=<peers folder, default ../shared/peers> bench/peer/run.sh            # builds both sides, 3 runs per side per size
#   NS="1000 10000 100000" RUNS=3 BUILD=peer OUT=<dir> bench/peer/run.sh       # BUILD: both (default), peer, project
#                                                                               # or none; a missing build is always made
# The project's builds are where `npm run bench -- --work $SVK_W` puts them: that run can build both for both.
# Work folders: PEER_W (peer's install, data, builds) and SVK_W (synthetic sets, project builds), both under $TMPDIR by
# default. Output: $OUT (default $PEER_W/results-<UTC time>) with the runs, machine.log (load and a CPU check before each
# run) and sidebyside.md (peer ÷ project per figure, as bench/README.md quotes it).
# Needs the npm registry (the peer's Framework, Plot, Leaflet; Playwright for the probe, all installed into PEER_W) and
# Chromium at /usr/bin/chromium.
set -euo pipefail
SITE=$(cd "$(dirname "$0")/../.." && pwd)
PEERS=$(cd "${PEERS:-$SITE/../shared/peers}" 2>/dev/null && pwd) || { echo "no peers folder: set PEERS=<path to peers/>" >&2; exit 2; }
OBS=$PEERS/observable
export PEER_W=${PEER_W:-${TMPDIR:-/tmp}/peer-obs} SVK_W=${SVK_W:-${TMPDIR:-/tmp}/peer-svk} SITE
NS=${NS:-1000 10000 100000}; RUNS=${RUNS:-3}
OUT=${OUT:-$PEER_W/results-$(date -u +%Y%m%dT%H%M%S)}; mkdir -p "$OUT/runs"
ADAPTER=$SITE/bench/peer/adapter.mjs

for N in $NS; do
  B=${BUILD:-both}
  if [[ $B == both || $B == peer || ! -d $PEER_W/dist-$N ]]; then "$OBS/build.sh" "$N" | grep BUILD_SECONDS > "$OUT/build-$N.txt"; fi
  if [[ $B == both || $B == project || ! -d $SVK_W/synthetic-$N/build ]]; then "$OBS/build-sveltekit.sh" "$N" > "$OUT/svk-build-$N.txt"; fi
done
[ -d "$PEER_W/measure/node_modules/playwright" ] || (mkdir -p "$PEER_W/measure" && cd "$PEER_W/measure" && echo '{"private":true}' > package.json && npm i --no-audit --no-fund playwright@1.65.1 > /dev/null)

# Ports 4731+/4741+ by the size's digits; a port in use stops the run rather than measuring someone else's server.
serve() {
  if ss -ltn | grep -q "127.0.0.1:$2 "; then echo "port $2 is taken" >&2; exit 1; fi
  node "$PEERS/serve.mjs" "$1" "$2" > "$OUT/serve-$2.log" 2>&1 & echo $!
}
cpu() { node -e "const a = Array.from({ length: 5e5 }, (_, i) => Math.sin(i)); const t = performance.now(); a.sort((x, y) => x - y); console.log((performance.now() - t).toFixed(0) + ' ms')"; }
echo "$(date -u '+%F %T') $(/usr/bin/chromium --version 2>/dev/null); $(nproc) cores; project at $(git -C "$SITE" rev-parse --short HEAD)" >> "$OUT/machine.log"
for N in $NS; do
  PO=$((4730 + ${#N})); PS=$((4740 + ${#N}))
  SO=$(serve "$PEER_W/dist-$N" $PO); SS=$(serve "$SVK_W/synthetic-$N/build" $PS); sleep 0.7
  for i in $(seq "$RUNS"); do
    echo "$(date -u +%T) N=$N run $i: load $(cut -d' ' -f1-3 /proc/loadavg), CPU check $(cpu)" >> "$OUT/machine.log"
    node "$OBS/measure.mjs" "http://127.0.0.1:$PO/" --runs 1 --label "obs-$N" --out "$OUT/runs/obs-$N-$i.json" > /dev/null
    node "$OBS/measure.mjs" "http://127.0.0.1:$PS/" --adapter "$ADAPTER" --runs 1 --label "svk-$N" --out "$OUT/runs/svk-$N-$i.json" > /dev/null
  done
  kill "$SO" "$SS"
  node "$OBS/combine-runs.mjs" $(ls "$OUT"/runs/obs-$N-*.json | sort -V) > "$OUT/obs-$N.json"
  node "$OBS/combine-runs.mjs" $(ls "$OUT"/runs/svk-$N-*.json | sort -V) > "$OUT/svk-$N.json"
done
echo "$(date -u +%T) done: load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.log"
node "$OBS/sidebyside.mjs" "$OUT" "$SVK_W" | tee "$OUT/sidebyside.md"
echo "results: $OUT"
