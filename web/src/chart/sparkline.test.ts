import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../../../src/clinician/summary.ts';
import { sparklineGeometry } from './sparkline.ts';

const box = { width: 100, height: 30, padding: 5 };

function point(date: string, value: number, flag: SeriesPoint['flag'] = 'normal'): SeriesPoint {
  return { date, value, flag, source: `Observation/${date}` };
}

describe('sparklineGeometry', () => {
  it('spaces points by date, oldest on the left, highest value at the top', () => {
    const geometry = sparklineGeometry([point('2024-01-01', 10), point('2022-01-01', 20), point('2023-01-01', 15)], undefined, box);
    expect(geometry.dots.map((dot) => dot.point.date)).toEqual(['2022-01-01', '2023-01-01', '2024-01-01']);
    expect(geometry.dots[0]).toMatchObject({ x: 5, y: 5 });
    expect(geometry.dots[2]).toMatchObject({ x: 95, y: 25 });
    // 2023 is just after the middle of the span (2022 was not a leap year, 2023 neither).
    expect(geometry.dots[1].x).toBeCloseTo(50, 0);
    expect(geometry.path.startsWith('M5 5 L')).toBe(true);
  });

  it('draws the reference range as a band clipped to the box', () => {
    const geometry = sparklineGeometry([point('2024-01-01', 100), point('2024-06-01', 200)], { low: 120, high: 180 }, box);
    expect(geometry.band).toEqual({ y: 9, height: 12 });
    const onlyHigh = sparklineGeometry([point('2024-01-01', 100), point('2024-06-01', 200)], { high: 150 }, box);
    expect(onlyHigh.band).toEqual({ y: 15, height: 15 });
    expect(sparklineGeometry([point('2024-01-01', 100), point('2024-06-01', 200)], { low: 300 }, box).band).toBeUndefined();
  });

  it('centres a single point and handles an empty series', () => {
    const single = sparklineGeometry([point('2024-01-01', 7)], undefined, box);
    expect(single.dots).toHaveLength(1);
    expect(single.dots[0]).toMatchObject({ x: 50, y: 15 });
    expect(sparklineGeometry([], undefined, box)).toEqual({ path: '', dots: [] });
  });
});
