// Draws a boundary TopoJSON (its first object: "provinces", "states", …) as a labelled SVG so you can eyeball it (keep
// the output out of git).
//
//   node scripts/geo/preview.mjs [static/geo/provinces.topo.json] [/tmp/provinces-preview.svg]
//   node scripts/geo/preview.mjs static/geo/cases/malaysia-2018/states.topo.json /tmp/states-preview.svg
//
// To get a PNG, open the SVG in a browser, or run e.g. `chromium --headless --screenshot=out.png file.svg`.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import { geoMercator, geoPath } from 'd3-geo';

const [input = 'static/geo/provinces.topo.json', output = '/tmp/provinces-preview.svg'] = process.argv.slice(2);
const topo = JSON.parse(readFileSync(input, 'utf8'));
const [objectName] = Object.keys(topo.objects);
const obj = topo.objects[objectName];
const fc = feature(topo, obj);
const W = 900;
const H = 760;
const projection = geoMercator().fitExtent(
  [
    [20, 20],
    [W - 20, H - 20]
  ],
  fc
);
const path = geoPath(projection);
/** HSL (deg, 0–1, 0–1) → #rrggbb; plain hex so any SVG renderer understands it. */
function hsl(h, s, l) {
  const f = (n) => {
    const k = (n + h / 30) % 12;
    const c = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const parts = fc.features.map((f, i) => {
  const [x, y] = path.centroid(f);
  return (
    `<path d="${path(f)}" fill="${hsl((i * 137.5) % 360, 0.55, 0.78)}"><title>${esc(f.properties.name)}</title></path>` +
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}">${esc(f.properties.code)} ${esc(f.properties.name)}</text>`
  );
});
const borders = path(mesh(topo, obj, (a, b) => a !== b));
const outline = path(mesh(topo, obj, (a, b) => a === b));
writeFileSync(
  output,
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<style>text{font:11px sans-serif;text-anchor:middle;fill:#222}</style>
<rect width="100%" height="100%" fill="#eef4f8"/>
${parts.join('\n')}
<path d="${borders}" fill="none" stroke="#fff" stroke-width="1.2"/>
<path d="${outline}" fill="none" stroke="#333" stroke-width="1"/>
</svg>
`
);
console.log(`preview: ${fc.features.length} ${objectName} → ${output}`);
