// The one module that touches Leaflet. Loaded only in the browser (Leaflet needs window), and only when
// the reader asks to zoom or tiles are configured.
import type * as Leaflet from 'leaflet';
// A URL, not a CSS import: SvelteKit links the CSS of dynamically imported modules from the page,
// which would put Leaflet's stylesheet back on every dashboard view.
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import { SITE } from '$lib/site';
import type { ProvinceBoundaries } from './boundaries';
import type { ShapeDescription } from './shapes';

export interface ShapeStyle {
  fillColor: string;
  fillOpacity: number;
  color: string;
  weight: number;
  dashArray?: string;
}

export interface ProvinceMapOptions {
  container: HTMLElement;
  shapes: ProvinceBoundaries;
  onToggle: (shapeIso: string) => void;
  /** Label read by screen readers and shown in the tooltip; built as text, never HTML. */
  describe: (shapeIso: string) => ShapeDescription;
}

export interface ProvinceMapHandle {
  restyle: (styleFor: (shapeIso: string) => ShapeStyle, isSelected: (shapeIso: string) => boolean) => void;
  destroy: () => void;
}

function tooltipContent(description: ShapeDescription): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = description.label;
  root.append(title);
  for (const line of description.lines) {
    const row = document.createElement('div');
    row.textContent = line;
    root.append(row);
  }
  return root;
}

function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${href} did not load`));
    document.head.append(link);
  });
}

export async function createProvinceMap(options: ProvinceMapOptions): Promise<ProvinceMapHandle> {
  const [{ default: L }] = await Promise.all([import('leaflet'), loadStylesheet(leafletCssUrl)]);
  const map = L.map(options.container, {
    attributionControl: Boolean(SITE.tiles),
    zoomSnap: 0.25,
    scrollWheelZoom: false,
    keyboard: true
  });
  if (SITE.tiles) L.tileLayer(SITE.tiles.url, { attribution: SITE.tiles.attribution }).addTo(map);

  const layers = new Map<string, Leaflet.Path>();
  const geoJson = L.geoJSON(options.shapes, {
    onEachFeature(feature, layer) {
      const iso = feature.properties.iso;
      const path = layer as Leaflet.Path;
      layers.set(iso, path);
      path.bindTooltip(() => tooltipContent(options.describe(iso)), { sticky: true, direction: 'top' });
      path.on('click', () => options.onToggle(iso));
    }
  }).addTo(map);
  map.fitBounds(geoJson.getBounds(), { padding: [8, 8] });

  // Leaflet's shapes are plain SVG paths: make each one a keyboard-operable toggle button.
  for (const [iso, path] of layers) {
    const element = path.getElement() as SVGElement | undefined;
    if (!element) continue;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        options.onToggle(iso);
      }
    });
    element.addEventListener('focus', () => path.openTooltip());
    element.addEventListener('blur', () => path.closeTooltip());
  }

  const resizeObserver = new ResizeObserver(() => map.invalidateSize());
  resizeObserver.observe(options.container);

  return {
    restyle(styleFor, isSelected) {
      for (const [iso, path] of layers) {
        path.setStyle(styleFor(iso));
        const description = options.describe(iso);
        const element = path.getElement();
        if (element) {
          element.setAttribute('aria-pressed', String(isSelected(iso)));
          element.setAttribute('aria-label', description.label + ', ' + description.lines.join(', '));
        }
        if (path.isTooltipOpen()) path.setTooltipContent(tooltipContent(description));
      }
    },
    destroy() {
      resizeObserver.disconnect();
      map.remove();
    }
  };
}
