// Moving between provinces with the arrow keys: the map is one tab stop, and the arrows go to the nearest shape in
// their direction, as the eye would, rather than through an order the reader cannot see.

export interface Point {
  x: number;
  y: number;
}

const DIRECTIONS: Record<string, Point> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 }
};

export function isArrowKey(key: string): boolean {
  return key in DIRECTIONS;
}

/**
 * The shape an arrow key moves to from `from`: the nearest centre ahead in the key's direction, with distance off the
 * line counted double so that Right goes to the neighbour beside, not one far below. Undefined at the map's edge.
 */
export function shapeInDirection(centres: ReadonlyMap<string, Point>, from: string, key: string): string | undefined {
  const direction = DIRECTIONS[key];
  const origin = centres.get(from);
  if (!direction || !origin) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [iso, centre] of centres) {
    if (iso === from) continue;
    const dx = centre.x - origin.x;
    const dy = centre.y - origin.y;
    const ahead = dx * direction.x + dy * direction.y;
    if (ahead <= 0) continue;
    const aside = Math.abs(dx * direction.y - dy * direction.x);
    // Past 60° off the line a shape is more beside than ahead.
    if (aside > ahead * Math.sqrt(3)) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = iso;
    }
  }
  return best;
}
