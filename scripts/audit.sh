#!/usr/bin/env bash
# `bash scripts/audit.sh`: the dependency checks CI can act on — a committed lockfile in sync with package.json,
# install scripts only from allowed packages, and no high or critical advisory in what ships (npm audit --omit=dev).
set -euo pipefail
cd "$(dirname "$0")/.."

# Packages allowed to run install scripts (npm 11 runs none that are not approved; this keeps the list explicit).
ALLOWED_INSTALL_SCRIPTS="node_modules/esbuild"

fail=0

if [ ! -f package-lock.json ]; then
  echo "✗ package-lock.json is missing: run npm install and commit it." >&2
  exit 1
fi

# The lockfile must satisfy package.json exactly (what npm ci enforces), without touching node_modules.
if ! npm ci --dry-run --ignore-scripts --no-audit --no-fund >/dev/null 2>/tmp/audit-ci.$$; then
  echo "✗ package-lock.json is out of sync with package.json: run npm install and commit the lockfile." >&2
  sed -n 1,10p /tmp/audit-ci.$$ >&2
  fail=1
else
  echo "✓ package-lock.json is in sync with package.json."
fi
rm -f /tmp/audit-ci.$$

# Every package in the lockfile that declares a preinstall/install/postinstall script must be on the allow-list.
unexpected=$(node -e '
  const lock = require("./package-lock.json");
  const allowed = new Set(process.argv[1].split(/\s+/).filter(Boolean));
  for (const [path, entry] of Object.entries(lock.packages ?? {}))
    if (entry.hasInstallScript && !allowed.has(path)) console.log(path);
' "$ALLOWED_INSTALL_SCRIPTS")
if [ -n "$unexpected" ]; then
  echo "✗ packages with install scripts that are not on the allow-list in scripts/audit.sh:" >&2
  echo "$unexpected" | sed 's/^/    /' >&2
  echo "  Check what each script does; add it to ALLOWED_INSTALL_SCRIPTS only if it is needed." >&2
  fail=1
else
  echo "✓ install scripts only from: $ALLOWED_INSTALL_SCRIPTS."
fi

# npm audit exits 1 both for findings and for an unreachable registry: tell them apart by the JSON it prints.
report=$(npm audit --omit=dev --audit-level=high --json 2>/dev/null || true)
verdict=$(printf '%s' "$report" | node -e '
  let text = ""; process.stdin.on("data", (c) => (text += c)).on("end", () => {
    let json; try { json = JSON.parse(text); } catch { return console.log("unreachable"); }
    const v = json.metadata?.vulnerabilities;
    if (!v) return console.log("unreachable");
    console.log(v.high + v.critical > 0 ? `found ${v.high} high, ${v.critical} critical` : `ok (${v.total} below high)`);
  });')
case "$verdict" in
  unreachable) echo "– npm audit skipped: the registry could not be reached (no network?). Run it again where it can." ;;
  found*) echo "✗ npm audit: $verdict advisories in runtime dependencies. Run npm audit --omit=dev for details." >&2; fail=1 ;;
  *) echo "✓ npm audit --omit=dev: $verdict." ;;
esac

exit "$fail"
