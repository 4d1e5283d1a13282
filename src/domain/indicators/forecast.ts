// A simple forecast: the least-squares straight line through a series, read off at a later point. Deliberately
// naive (no seasonality, no confidence band): it answers "if things go on as they have, where do we end?", and the
// page says so.

export interface Point {
  x: number;
  y: number;
}

export interface Line {
  slope: number;
  intercept: number;
  /** How many points the line was fitted to. */
  points: number;
}

// Guarantees: the least-squares line through the points; one point (or points at one x) gives a flat line through
// their mean; no points gives null.
export function fitLine(points: readonly Point[]): Line | null {
  const n = points.length;
  if (n === 0) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return { slope: 0, intercept: my, points: n };
  const slope = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  return { slope, intercept: my - slope * mx, points: n };
}

export function valueAt(line: Line, x: number): number {
  return line.slope * x + line.intercept;
}
