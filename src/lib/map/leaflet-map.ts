// The one module that touches Leaflet. Loaded only in the browser (Leaflet needs window), and only when
// the reader asks to zoom or tiles are configured.
import type * as Leaflet from 'leaflet';
// A URL, not a CSS import: SvelteKit links the CSS of dynamically imported modules from the page,
// which would put Leaflet's stylesheet back on every dashboard view.
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import { SITE } from '$lib/site';
import { isArrowKey, shapeInDirection, type Point } from './arrow-keys';
import type { ProvinceBoundaries } from './boundaries';
import type { ShapeDescription } from './shapes';

export interface ShapeStyle {
  fillColor: string;
  fillOpacity: number;
  color: string;
  weight: number;
  dashArray?: string;
}

/** Where a shape's tooltip points, in pixels from the map's top-left corner; `below`: the focused shape's bottom edge. */
export interface ShapePointer {
  iso: string;
  x: number;
  y: number;
  below?: number;
  focused: boolean;
}

export interface ProvinceMapOptions {
  container: HTMLElement;
  shapes: ProvinceBoundaries;
  onToggle: (shapeIso: string) => void;
  /** Label read by screen readers; built as text, never HTML. */
  describe: (shapeIso: string) => ShapeDescription;
  /** The shape under the pointer or with keyboard focus (undefined: none), for a tooltip the page draws. */
  onPoint: (pointer: ShapePointer | undefined) => void;
  /** A one-finger swipe went to the page, not the map. */
  onOneFinger: () => void;
}

export interface ProvinceMapHandle {
  restyle: (styleFor: (shapeIso: string) => ShapeStyle, isSelected: (shapeIso: string) => boolean) => void;
  /** Back to the whole country, as first drawn. */
  resetView: () => void;
  destroy: () => void;
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

const PADDING: Leaflet.PointExpression = [8, 8];

export async function createProvinceMap(options: ProvinceMapOptions): Promise<ProvinceMapHandle> {
  const [{ default: L }] = await Promise.all([import('leaflet'), loadStylesheet(leafletCssUrl)]);
  const { container } = options;
  const map = L.map(container, {
    attributionControl: Boolean(SITE.tiles),
    zoomSnap: 0.25,
    scrollWheelZoom: false,
    // The shapes are the map's one tab stop (arrow keys move between them), so Leaflet's own keyboard panning is off.
    keyboard: false,
    maxBoundsViscosity: 1
  });
  if (SITE.tiles) L.tileLayer(SITE.tiles.url, { attribution: SITE.tiles.attribution }).addTo(map);

  const layers = new Map<string, Leaflet.Path>();
  const geoJson = L.geoJSON(options.shapes, {
    onEachFeature(feature, layer) {
      const iso = feature.properties.iso;
      const path = layer as Leaflet.Path;
      layers.set(iso, path);
      path.on('click', () => options.onToggle(iso));
      const pointAt = (event: Leaflet.LeafletMouseEvent) => options.onPoint({ iso, x: event.containerPoint.x, y: event.containerPoint.y, focused: false });
      path.on('mouseover', pointAt);
      path.on('mousemove', pointAt);
      path.on('mouseout', () => options.onPoint(undefined));
    }
  }).addTo(map);
  const country = geoJson.getBounds();
  // Cambodia stays in view: the reader cannot zoom out past the whole country nor drag it off the map.
  const fitCountry = () => {
    map.setMinZoom(0);
    map.fitBounds(country, { padding: PADDING, animate: false });
    map.setMinZoom(map.getZoom());
  };
  fitCountry();
  map.setMaxBounds(country.pad(0.1));

  // Cooperative gestures: one finger scrolls the page (as it does over the rest of it), two fingers move and zoom
  // the map, a mouse drags it. The touch-action is set on the element itself because Leaflet's classes would
  // otherwise hand every touch to the map.
  container.style.touchAction = 'pan-x pan-y';
  const onTouchStart = (event: TouchEvent) => {
    if (event.touches.length === 1) map.dragging.disable();
    else map.dragging.enable();
  };
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length === 1) options.onOneFinger();
  };
  const onMouseDown = () => map.dragging.enable();
  container.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
  container.addEventListener('touchmove', onTouchMove, { passive: true });
  container.addEventListener('mousedown', onMouseDown, { capture: true });

  // Leaflet's shapes are plain SVG paths: each becomes a toggle button, and together one tab stop.
  let tabStop = layers.keys().next().value;
  const elementOf = (iso: string) => layers.get(iso)?.getElement() as SVGElement | undefined;
  const centres = () => new Map<string, Point>([...layers].map(([iso, path]) => [iso, map.latLngToContainerPoint((path as Leaflet.Polygon).getBounds().getCenter())]));
  const setTabStop = (iso: string) => {
    tabStop = iso;
    for (const [other] of layers) elementOf(other)?.setAttribute('tabindex', other === iso ? '0' : '-1');
  };
  for (const [iso] of layers) {
    const element = elementOf(iso);
    if (!element) continue;
    element.setAttribute('role', 'button');
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        options.onToggle(iso);
      } else if (event.key === 'Escape') {
        options.onPoint(undefined);
      } else if (isArrowKey(event.key)) {
        event.preventDefault();
        const next = shapeInDirection(centres(), iso, event.key);
        if (next) elementOf(next)?.focus();
      }
    });
    element.addEventListener('focus', () => {
      setTabStop(iso);
      const box = container.getBoundingClientRect();
      const shape = element.getBoundingClientRect();
      options.onPoint({ iso, x: shape.left + shape.width / 2 - box.left, y: shape.top - box.top, below: shape.bottom - box.top, focused: element.matches(':focus-visible') });
    });
    element.addEventListener('blur', () => options.onPoint(undefined));
  }
  if (tabStop) setTabStop(tabStop);

  const resizeObserver = new ResizeObserver(() => map.invalidateSize());
  resizeObserver.observe(container);

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
      }
    },
    resetView: fitCountry,
    destroy() {
      resizeObserver.disconnect();
      container.removeEventListener('touchstart', onTouchStart, { capture: true });
      container.removeEventListener('touchmove', onTouchMove);
      container.removeEventListener('mousedown', onMouseDown, { capture: true });
      map.remove();
    }
  };
}
