import type { ReactNode } from 'react';
import type { PortalSeries, PortalSummary } from '../api/portal.ts';
import { FlagBadge } from '../chart/Sparkline.tsx';
import { isOutOfRange } from '../chart/flags.ts';
import { formatMeasurement, rangeText, seriesName } from '../chart/labels.ts';
import { formatDate } from '../fhir/display.ts';

/** The patient's own summary: conditions, medicines, allergies, latest results with their meaning, and vital signs. */
export function HealthSummary({ summary }: { summary: PortalSummary }) {
  return (
    <>
      <div className="card-grid card-grid-wide">
        <ListCard id="conditions" title="My conditions" empty="No current conditions are recorded.">
          {summary.problems.map((problem) => (
            <li key={problem.source}>
              <span className="capitalize">{problem.text}</span>
              {problem.date && <span className="muted small"> · since {formatDate(problem.date)}</span>}
            </li>
          ))}
        </ListCard>
        <ListCard id="medicines" title="My medicines" empty="No current medicines are recorded.">
          {summary.medications.map((medication) => (
            <li key={medication.source}>
              <span>{medication.text}</span>
              {medication.detail && <span className="muted small block">{medication.detail}</span>}
            </li>
          ))}
        </ListCard>
        <ListCard id="allergies" title="My allergies" empty="No allergies are recorded.">
          {summary.allergies.map((allergy) => (
            <li key={allergy.source}>
              <span className="capitalize">{allergy.text}</span>
              {allergy.detail && <span className="muted small block">{allergy.detail.replace(/^reaction: /, 'Reaction: ').replace(/ \((finding|disorder)\)/g, '')}</span>}
            </li>
          ))}
        </ListCard>
      </div>
      <ResultsCard id="results" title="My latest test results" series={summary.labs} empty="No test results are recorded yet." />
      <ResultsCard id="vitals" title="My vital signs" series={summary.vitals} empty="No vital signs are recorded yet." />
    </>
  );
}

function ListCard({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children.length === 0 ? <p className="muted">{empty}</p> : <ul className="item-list">{children}</ul>}
    </section>
  );
}

/** Latest value of each measurement, out-of-range ones first, each with its usual range and what it measures. */
function ResultsCard({ id, title, series, empty }: { id: string; title: string; series: PortalSeries[]; empty: string }) {
  const ordered = [...series].sort((a, b) => Number(isOutOfRange(b.latest.flag)) - Number(isOutOfRange(a.latest.flag)));
  const outOfRange = ordered.filter((item) => isOutOfRange(item.latest.flag)).length;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {series.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <p className="muted small">
            {outOfRange === 0 ? 'All of your latest results are within their usual range.' : `${outOfRange} of ${series.length} outside the usual range, shown first.`}
          </p>
          <ul className="result-list">
            {ordered.map((item) => (
              <li key={item.code} className={isOutOfRange(item.latest.flag) ? 'result result-flagged' : 'result'}>
                <div className="result-main">
                  <span className="result-name">{seriesName(item)}</span>
                  <span className="result-value">{formatMeasurement(item.latest.value, item.unit)}</span>
                  <FlagBadge flag={item.latest.flag} />
                </div>
                <p className="result-meta muted small">
                  {formatDate(item.latest.date)}
                  {rangeText(item.referenceRange, item.unit) && <> · usual range {rangeText(item.referenceRange, item.unit)}</>}
                </p>
                {item.meaning && <p className="result-meaning small">{item.meaning}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
