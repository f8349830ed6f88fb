import type { ReactNode } from 'react';
import { chartSummary } from '../api/clinician.ts';
import type { ChartSummary } from '../api/clinician.ts';
import type { Series, SourcedItem } from '../../../src/clinician/summary.ts';
import { isOutOfRange } from '../chart/flags.ts';
import { formatMeasurement, rangeText, seriesName } from '../chart/labels.ts';
import { FlagBadge, Sparkline } from '../chart/Sparkline.tsx';
import { formatDate, formatGender } from '../fhir/display.ts';
import { Link } from '../router/Link.tsx';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';
import { ChartModels } from './ChartModels.tsx';
import { ChartQuestion } from './ChartQuestion.tsx';
import { PatientTabs } from './PatientTabs.tsx';
import { SourceLink } from './SourceLink.tsx';

/** One patient's chart summary: every statement links to the FHIR resource it came from. */
export function PatientChart({ patientId }: { patientId: string }) {
  const summary = useAsync(() => chartSummary(patientId), [patientId]);
  useDocumentTitle(summary.status === 'ready' ? summary.value.patient.name : 'Patient');
  return (
    <>
      <p className="breadcrumb">
        <Link to="/clinic">← Panel</Link>
      </p>
      {summary.status === 'loading' && <Loading label="Loading the chart…" />}
      {summary.status === 'failed' && <ErrorMessage title="This chart could not be loaded." error={summary.error} />}
      {summary.status === 'ready' && <ChartView summary={summary.value} />}
    </>
  );
}

export function patientSubtitle(patient: ChartSummary['patient']): string {
  return [
    patient.birthDate && `Born ${formatDate(patient.birthDate)}${patient.ageYears !== undefined ? ` (${patient.ageYears} years)` : ''}`,
    formatGender(patient.gender as 'male' | 'female' | 'other' | 'unknown' | undefined),
    patient.mrn && `MRN ${patient.mrn}`,
    patient.deceased ? 'Deceased' : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

function ChartView({ summary }: { summary: ChartSummary }) {
  const { patient } = summary;
  const gaps = summary.preventive.filter((item) => item.status === 'due' || item.status === 'overdue');
  return (
    <>
      <PageHeading subtitle={<SourceLink source={patient.source}>{patientSubtitle(patient)}</SourceLink>}>{patient.name}</PageHeading>
      <PatientTabs patientId={patient.id} current="summary" />
      <ChartQuestion patientId={patient.id} />
      <div className="card-grid card-grid-wide">
        <ItemsCard id="problems" title="Active problems" items={summary.problems} empty="No active problems recorded." capitalize>
          {summary.resolvedProblems.length > 0 && (
            <details className="more">
              <summary>Resolved ({summary.resolvedProblems.length})</summary>
              <ItemList items={summary.resolvedProblems} capitalize />
            </details>
          )}
        </ItemsCard>
        <ItemsCard id="medications" title="Medications" items={summary.medications} empty="No active medications recorded." />
        <ItemsCard id="allergies" title="Allergies" items={summary.allergies} empty="No allergies recorded." capitalize />
      </div>
      <section className="card" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">
          Care gaps {gaps.length > 0 && <span className="count">({gaps.length})</span>}
        </h2>
        {gaps.length === 0 ? (
          <p className="muted">No preventive care due.</p>
        ) : (
          <ul className="item-list gap-grid">
            {gaps.map((item) => (
              <li key={item.id}>
                <span className={`badge badge-${item.status}`}>{item.status === 'overdue' ? 'Overdue' : 'Due'}</span> {item.service}
                <span className="muted small block">
                  {item.reason} ({item.source.organization.replace('U.S. Preventive Services Task Force', 'USPSTF')} {item.source.year}
                  {item.source.grade ? `, grade ${item.source.grade}` : ''})
                </span>
              </li>
            ))}
          </ul>
        )}
        {summary.smoking && (
          <p className="small">
            Tobacco: <SourceLink source={summary.smoking.source}>{summary.smoking.text}</SourceLink>
            {summary.smoking.date && <span className="muted"> ({formatDate(summary.smoking.date)})</span>}
          </p>
        )}
      </section>
      <ChartModels patientId={patient.id} />
      <SeriesTable id="labs" title="Labs" series={summary.labs} empty="No lab results recorded." />
      <SeriesTable id="vitals" title="Vital signs" series={summary.vitals} empty="No vital signs recorded." />
      <div className="card-grid card-grid-wide">
        <ItemsCard id="immunizations" title="Immunizations" items={summary.immunizations} empty="No immunizations recorded." />
        <ItemsCard id="encounters" title="Recent encounters" items={summary.encounters} empty="No encounters recorded." />
        <ItemsCard id="procedures" title="Procedures" items={summary.procedures} empty="No procedures recorded." />
        <ItemsCard id="notes" title="Recent notes" items={summary.notes} empty="No notes recorded." showDetail={false} />
      </div>
    </>
  );
}

function ItemsCard(props: { id: string; title: string; items: SourcedItem[]; empty: string; capitalize?: boolean; showDetail?: boolean; children?: ReactNode }) {
  const { id, title, items, empty, capitalize, showDetail = true, children } = props;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} {items.length > 0 && <span className="count">({items.length})</span>}
      </h2>
      {items.length === 0 ? <p className="muted">{empty}</p> : <ItemList items={items} capitalize={capitalize} showDetail={showDetail} />}
      {children}
    </section>
  );
}

function ItemList({ items, capitalize, showDetail = true }: { items: SourcedItem[]; capitalize?: boolean; showDetail?: boolean }) {
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.source}>
          <SourceLink source={item.source} className={capitalize ? 'capitalize' : undefined}>
            {item.text}
          </SourceLink>
          {item.date && <span className="muted small"> · {formatDate(item.date)}</span>}
          {showDetail && item.detail && <span className="muted small block">{item.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Each measurement's latest value, flag, trend and range; out-of-range rows are marked in words and weight. */
function SeriesTable({ id, title, series, empty }: { id: string; title: string; series: Series[]; empty: string }) {
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {series.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table data-table-compact series-table">
            <caption className="visually-hidden">{title}: latest value, flag, trend and reference range</caption>
            <thead>
              <tr>
                <th scope="col">Test</th>
                <th scope="col" className="numeric">
                  Latest
                </th>
                <th scope="col">Flag</th>
                <th scope="col">Trend</th>
                <th scope="col">Range</th>
                <th scope="col">Date</th>
              </tr>
            </thead>
            <tbody>
              {series.map((item) => (
                <tr key={item.code} className={isOutOfRange(item.latest.flag) ? 'row-flagged' : undefined}>
                  <th scope="row" title={item.name}>
                    {seriesName(item)}
                  </th>
                  <td className="numeric">
                    <SourceLink source={item.latest.source}>{formatMeasurement(item.latest.value, item.unit)}</SourceLink>
                  </td>
                  <td>
                    <FlagBadge flag={item.latest.flag} />
                  </td>
                  <td>
                    <Sparkline series={item} />
                    {item.points.length > 1 && item.change !== undefined && item.change !== 0 && (
                      <span className="muted small trend-change">
                        {item.change > 0 ? '+' : '−'}
                        {formatMeasurement(Math.abs(item.change), '')}
                      </span>
                    )}
                  </td>
                  <td className="muted small">{rangeText(item.referenceRange, item.unit) ?? '—'}</td>
                  <td className="small">{formatDate(item.latest.date)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
