// The browser's part of chart images (chart-image.ts builds them): a drawn chart's SVG with its styles written on its
// elements, the page's colours, text measured in the page's fonts, and the PNG drawn from the SVG on a canvas.
import type { ChartBody, ImageColours, MapColours, Measure } from './chart-image';

/** What an element of a chart looks like, as SVG presentation properties: enough for the file to draw alone. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility'
];

/** A copy of a drawn SVG chart with its computed styles inlined, its tooltips (title, desc) left out. */
export function inlinedChart(svg: SVGSVGElement): ChartBody {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const element = copies[index] as SVGElement;
    const style = getComputedStyle(original);
    if (style.display === 'none') {
      element.remove();
      return;
    }
    element.removeAttribute('class');
    element.removeAttribute('style');
    for (const name of ['tabindex', 'role', 'aria-hidden', 'aria-label', 'aria-labelledby', 'aria-pressed', 'data-iso']) element.removeAttribute(name);
    for (const property of PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) element.setAttribute(property, value);
    }
  });
  for (const element of copy.querySelectorAll('title, desc')) element.remove();
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const [name, value] of [['x', '0'], ['y', '0'], ['width', String(width)], ['height', String(height)], ['overflow', 'visible']]) copy.setAttribute(name, value);
  // XML, not innerHTML's HTML: HTML writes entities (&nbsp;) that an SVG file cannot hold.
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** The page's colours now (light or dark, as the reader sees them). */
export function pageColours(): ImageColours & { map: MapColours } {
  const colours = { background: token('--bg'), text: token('--fg'), muted: token('--fg-muted'), border: token('--border') };
  return {
    ...colours,
    map: {
      classes: [0, 1, 2, 3, 4, 5].map((index) => token(`--class-${index}`)),
      noData: token('--no-data'),
      stroke: colours.muted,
      selected: token('--focus'),
      text: colours.text
    }
  };
}

/** Text widths in the fonts the page has loaded. */
export function canvasMeasure(fontFamily: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  return (text, fontSize, bold) => {
    if (!context) return text.length * fontSize * 0.6;
    context.font = `${bold ? 700 : 400} ${fontSize}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

/** The SVG drawn at `scale` times its size as a PNG. A data: URL, as the CSP allows images from no blob: URL. */
export async function pngOf(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas to draw the PNG on');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'));
}

/** Hands an image to the browser's download manager. */
export function saveImage(name: string, body: Blob): void {
  const url = URL.createObjectURL(body);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  // Revoked on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
