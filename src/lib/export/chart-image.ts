// A chart of the dashboard as an image file that stands alone: the chart drawn in plain SVG, with the title, the view's
// filters in words, the source line and the date of the data written into the image. Pure: strings in, a string out.
import { shapeLook, type ProvinceMapShapes, type ShapeLook } from '$lib/map/shapes';
import { provincesByShape } from '$lib/map/choropleth';
import type { Count } from '$lib/filters/counts';
import type { Locale } from '$lib/i18n/locale';
import { escapeXml } from '$lib/xml';

/** The text written around the chart. All of it is escaped; the filters may hold what a reader typed in the URL. */
export interface ChartImageText {
  title: string;
  /** The dashboard's headline sentence for the view. */
  headline: string;
  /** The active filters in words. */
  filters: string;
  /** The site's name and the view's address. */
  source: string;
  /** When the data last changed, in words. */
  dataAsOf: string;
}

/** A chart as SVG markup (colours already written on its elements) in its own coordinates, from (0, 0). */
export interface ChartBody {
  markup: string;
  width: number;
  height: number;
}

export interface ImageColours {
  background: string;
  text: string;
  muted: string;
  border: string;
}

/** The width a text takes at a size in px: a canvas's measureText in the browser, an estimate elsewhere. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** An estimate for where no canvas measures: wide enough that a line wrapped by it fits. */
export const estimateWidth: Measure = (text, fontSize, bold) => [...text].length * fontSize * (bold ? 0.62 : 0.56);

/** Fonts that have Khmer glyphs lead on Khmer images; the viewer's own fonts draw the file. */
export function fontFamily(locale: Locale): string {
  const khmer = "'Noto Sans Khmer', 'Khmer OS System', 'Khmer OS', 'Khmer Sangam MN', 'Khmer UI', 'Leelawadee UI'";
  const latin = "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial";
  return locale === 'km' ? `${khmer}, ${latin}, sans-serif` : `${latin}, ${khmer}, sans-serif`;
}


/** Lines no wider than `maxWidth`, broken between words; a word wider than a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold: boolean, measure: Measure = estimateWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const PADDING = 16;
const GAP = 10;

interface TextBlock {
  text: string;
  size: number;
  bold?: boolean;
  muted?: boolean;
}

/**
 * The image: title, headline and filters above the chart, source and date below, in the given colours and fonts.
 * `width` is the image's width: the chart is scaled to it, keeping its proportions.
 */
export function chartImageSvg(
  chart: ChartBody,
  text: ChartImageText,
  colours: ImageColours,
  { locale, width = Math.max(480, Math.round(chart.width) + 2 * PADDING), measure = estimateWidth }: { locale: Locale; width?: number; measure?: Measure }
): { svg: string; width: number; height: number } {
  // Khmer stacks vowels and subscripts above and below the line: it needs more room between lines.
  const leading = locale === 'km' ? 1.75 : 1.35;
  const inner = width - 2 * PADDING;
  const parts: string[] = [];
  let y = PADDING;
  const write = (blocks: TextBlock[]) => {
    for (const block of blocks) {
      for (const line of wrapText(block.text, inner, block.size, block.bold ?? false, measure)) {
        const lineHeight = block.size * leading;
        y += lineHeight;
        const baseline = y - (lineHeight - block.size) / 2 - block.size * 0.2;
        parts.push(
          `<text x="${PADDING}" y="${round(baseline)}" font-size="${block.size}"${block.bold ? ' font-weight="700"' : ''} fill="${escapeXml(block.muted ? colours.muted : colours.text)}">${escapeXml(line)}</text>`
        );
      }
    }
  };
  write([
    { text: text.title, size: 20, bold: true },
    { text: text.headline, size: 14 },
    { text: text.filters, size: 13, muted: true }
  ]);
  y += GAP;
  const scale = Math.min(1, inner / chart.width);
  const chartHeight = chart.height * scale;
  parts.push(`<g transform="translate(${PADDING},${round(y)}) scale(${round(scale, 4)})">${chart.markup}</g>`);
  y += chartHeight + GAP;
  parts.push(`<line x1="${PADDING}" x2="${width - PADDING}" y1="${round(y)}" y2="${round(y)}" stroke="${escapeXml(colours.border)}" stroke-width="1"/>`);
  write([
    { text: text.source, size: 12, muted: true },
    { text: text.dataAsOf, size: 12, muted: true }
  ]);
  const height = Math.ceil(y + PADDING);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily(locale))}" xml:lang="${locale}">` +
    `<title>${escapeXml(text.title)}</title>` +
    `<rect width="100%" height="100%" fill="${escapeXml(colours.background)}"/>` +
    parts.join('') +
    `</svg>\n`;
  return { svg, width, height };
}

export interface MapColours {
  /** The fills of the choropleth's classes, by class index. */
  classes: string[];
  noData: string;
  stroke: string;
  selected: string;
  text: string;
}

export interface MapLegend {
  title: string;
  /** The classes' labels, by class index (in the image's digits). */
  classes: string[];
  noData: string;
}

/** The province map coloured by these counts, the selection outlined, with its legend below. */
export function mapChartBody(
  map: ProvinceMapShapes,
  view: { counts: ReadonlyMap<string, Count>; selected: readonly string[]; knownIsos: ReadonlySet<string> },
  colours: MapColours,
  legend: MapLegend,
  { width = 600, measure = estimateWidth }: { width?: number; measure?: Measure } = {}
): ChartBody {
  const [, , boxWidth, boxHeight] = map.viewBox.split(/\s+/).map(Number);
  const mapHeight = Math.round((width * boxHeight) / boxWidth);
  const shapeProvinces = provincesByShape(map.shapes);
  const selected = new Set(view.selected);
  const looks = map.shapes.map((shape) => ({ shape, look: shapeLook(shapeProvinces.get(shape.iso) ?? [shape.iso], view.counts, selected, view.knownIsos) }));
  const fill = (look: ShapeLook) => (look.known ? (colours.classes[look.classIndex] ?? colours.noData) : colours.noData);
  const paths = looks.map(
    ({ shape, look }) =>
      `<path d="${escapeXml(shape.d)}" fill="${escapeXml(fill(look))}" fill-opacity="0.95" stroke="${escapeXml(colours.stroke)}" stroke-width="0.8" vector-effect="non-scaling-stroke" stroke-linejoin="round"${look.known ? '' : ' stroke-dasharray="3 3"'}/>`
  );
  // Provinces outside a selection keep their colour (a paler fill would read as a lower class): the selection is
  // outlined, on top, as neighbours drawn later would cover half of each outline, and the filters line names it.
  const outlines = looks
    .filter(({ look }) => look.selected)
    .map(({ shape }) => `<path d="${escapeXml(shape.d)}" fill="none" stroke="${escapeXml(colours.selected)}" stroke-width="3" vector-effect="non-scaling-stroke" stroke-linejoin="round"/>`);
  const keys = [
    ...legend.classes.map((label, index) => ({ label, fill: colours.classes[index] ?? colours.noData, dashed: false })),
    { label: legend.noData, fill: colours.noData, dashed: true }
  ];
  const size = 12;
  const rowHeight = 22;
  let x = 0;
  let row = 0;
  const place = (itemWidth: number) => {
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const at = { x, y: row * rowHeight };
    x += itemWidth + 12;
    return at;
  };
  const items: string[] = [];
  const titleAt = place(measure(legend.title, size, true));
  items.push(`<text x="${round(titleAt.x)}" y="${titleAt.y + 12}" font-size="${size}" font-weight="700" fill="${escapeXml(colours.text)}">${escapeXml(legend.title)}</text>`);
  for (const key of keys) {
    const at = place(16 + measure(key.label, size, false));
    items.push(
      `<rect x="${round(at.x)}" y="${at.y + 1}" width="12" height="12" fill="${escapeXml(key.fill)}" stroke="${escapeXml(colours.stroke)}"${key.dashed ? ' stroke-dasharray="2 2"' : ''}/>` +
        `<text x="${round(at.x + 16)}" y="${at.y + 12}" font-size="${size}" fill="${escapeXml(colours.text)}">${escapeXml(key.label)}</text>`
    );
  }
  const legendTop = mapHeight + 10;
  return {
    markup:
      `<svg x="0" y="0" width="${width}" height="${mapHeight}" viewBox="${escapeXml(map.viewBox)}">${paths.join('')}${outlines.join('')}</svg>` +
      `<g transform="translate(0,${legendTop})">${items.join('')}</g>`,
    width,
    height: legendTop + (row + 1) * rowHeight
  };
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
