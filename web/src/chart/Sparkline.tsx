import type { Series } from '../../../src/clinician/summary.ts';
import { formatDate } from '../fhir/display.ts';
import { flagDisplay, isOutOfRange } from './flags.ts';
import { formatMeasurement, seriesName } from './labels.ts';
import { sparklineGeometry } from './sparkline.ts';

const box = { width: 120, height: 32, padding: 4 };

/**
 * A small inline trend chart. The shaded band is the reference range; out-of-range points are
 * drawn larger and darker. Screen readers get the trend in words instead of the drawing.
 */
export function Sparkline({ series }: { series: Series }) {
  const geometry = sparklineGeometry(series.points, series.referenceRange, box);
  if (geometry.dots.length === 0) return null;
  const first = series.points.reduce((a, b) => (a.date <= b.date ? a : b));
  const description =
    series.points.length > 1
      ? `${seriesName(series)}: ${series.points.length} results from ${formatMeasurement(first.value, series.unit)} on ${formatDate(first.date)} to ${formatMeasurement(series.latest.value, series.unit)} on ${formatDate(series.latest.date)}.`
      : `${seriesName(series)}: one result.`;
  return (
    <svg className="sparkline" viewBox={`0 0 ${box.width} ${box.height}`} width={box.width} height={box.height} role="img" aria-label={description}>
      {geometry.band && <rect className="sparkline-band" x={0} y={geometry.band.y} width={box.width} height={geometry.band.height} />}
      <path className="sparkline-line" d={geometry.path} />
      {geometry.dots.map((dot) => (
        <circle
          key={`${dot.point.source}-${dot.point.date}`}
          className={isOutOfRange(dot.point.flag) ? 'sparkline-dot sparkline-dot-flagged' : 'sparkline-dot'}
          cx={dot.x}
          cy={dot.y}
          r={isOutOfRange(dot.point.flag) ? 3 : 2}
        >
          <title>{`${formatDate(dot.point.date)}: ${formatMeasurement(dot.point.value, series.unit)} (${flagDisplay(dot.point.flag).label})`}</title>
        </circle>
      ))}
    </svg>
  );
}

/** The flag of a result as a labelled badge. */
export function FlagBadge({ flag }: { flag: Series['latest']['flag'] }) {
  const display = flagDisplay(flag);
  return <span className={`flag flag-${display.tone}`}>{display.label}</span>;
}
