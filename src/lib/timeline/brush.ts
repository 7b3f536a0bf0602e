// The one place D3 touches the timeline's DOM: a horizontal brush that reports whole days.
import { brushX, type BrushBehavior } from 'd3-brush';
import { select } from 'd3-selection';
import { dateToDay, dayToDate, addDays } from './scales';

export interface BrushOptions {
  extent: [[number, number], [number, number]];
  x: { invert: (px: number) => Date; (date: Date): number };
  /** Called when the user finishes brushing: a day range, or undefined when the brush was cleared. */
  onBrush: (range: [string, string] | undefined) => void;
}

export interface BrushHandle {
  /** Moves the brush to a day range without reporting it back. */
  show: (range: [string, string] | undefined) => void;
  destroy: () => void;
}

export function attachBrush(group: SVGGElement, options: BrushOptions): BrushHandle {
  const selection = select(group);
  const brush: BrushBehavior<unknown> = brushX().extent(options.extent);
  brush.on('end', (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
    // Programmatic moves have no sourceEvent: only user gestures update the filter.
    if (!event.sourceEvent) return;
    if (!event.selection) return options.onBrush(undefined);
    const [left, right] = event.selection;
    const from = dateToDay(options.x.invert(left));
    const to = addDays(dateToDay(options.x.invert(right)), -1);
    options.onBrush([from, to < from ? from : to]);
  });
  selection.call(brush);
  selection.select('.overlay').attr('aria-hidden', 'true');
  return {
    show(range) {
      selection.call(brush.move, range ? [options.x(dayToDate(range[0])), options.x(dayToDate(addDays(range[1], 1)))] : null);
    },
    destroy() {
      brush.on('end', null);
      selection.on('.brush', null);
      selection.selectAll('*').remove();
    }
  };
}
