#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s validate
npm run -s check
npm run -s lint
bash scripts/audit.sh
npm run -s test:unit
npm run -s test:e2e
# The benchmark's smoke variant (1k synthetic records, in a temporary folder): keeps `npm run bench` working.
# It reports figures against the budgets but fails only when something cannot be measured.
npm run -s bench -- --smoke --clean
