import type { SeriesPoint } from '../../../src/clinician/summary.ts';

/**
 * The geometry of a small trend chart: points spaced by date, scaled to the box, with the
 * reference range as a band. Pure, so the drawing is tested without a browser.
 */
export interface SparklineGeometry {
  path: string;
  dots: { x: number; y: number; point: SeriesPoint }[];
  /** The reference band in chart coordinates, when the range falls within the box. */
  band?: { y: number; height: number };
}

export interface Box {
  width: number;
  height: number;
  padding: number;
}

export function sparklineGeometry(points: SeriesPoint[], range: { low?: number; high?: number } | undefined, box: Box): SparklineGeometry {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length === 0) return { path: '', dots: [] };
  const times = sorted.map((point) => Date.parse(point.date));
  const values = sorted.map((point) => point.value);
  // The range widens the vertical scale only a little, so a band far from the values does not flatten the line.
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const firstTime = Math.min(...times);
  const span = Math.max(...times) - firstTime;
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  const x = (time: number) => box.padding + (span > 0 ? ((time - firstTime) / span) * innerWidth : innerWidth / 2);
  const y = (value: number) => box.padding + (1 - (value - min) / (max - min)) * innerHeight;
  const dots = sorted.map((point, index) => ({ x: round(x(times[index])), y: round(y(point.value)), point }));
  const path = dots.map((dot, index) => `${index === 0 ? 'M' : 'L'}${dot.x} ${dot.y}`).join(' ');
  return { path, dots, band: bandFor(range, y, box) };
}

function bandFor(range: { low?: number; high?: number } | undefined, y: (value: number) => number, box: Box): SparklineGeometry['band'] {
  if (!range || (range.low === undefined && range.high === undefined)) return undefined;
  const top = Math.max(0, range.high !== undefined ? y(range.high) : 0);
  const bottom = Math.min(box.height, range.low !== undefined ? y(range.low) : box.height);
  if (bottom <= top) return undefined;
  return { y: round(top), height: round(bottom - top) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
