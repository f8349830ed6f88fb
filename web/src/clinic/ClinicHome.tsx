import { useEffect, useState } from 'react';
import { panel } from '../api/clinician.ts';
import type { PanelRow, PanelSort } from '../api/clinician.ts';
import { formatDate } from '../fhir/display.ts';
import { Link } from '../router/Link.tsx';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';
import { mergeFilterOptions, sortLabels } from './panelOptions.ts';
import type { FilterOption } from './panelOptions.ts';

const gapsShown = 3;

/** The clinician's home: the panel of patients with their open care gaps and risk flags, sortable and filterable. */
export function ClinicHome() {
  useDocumentTitle('Clinic');
  const { session } = useSession();
  const [sort, setSort] = useState<PanelSort>('gaps');
  const [gap, setGap] = useState('');
  const [flag, setFlag] = useState('');
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<{ gaps: FilterOption[]; flags: FilterOption[] }>({ gaps: [], flags: [] });

  // Typing filters after a short pause, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const rows = useAsync(() => panel({ sort, gap, flag, q: query }), [sort, gap, flag, query]);
  const loaded = rows.status === 'ready' ? rows.value : null;
  useEffect(() => {
    if (loaded) setOptions((known) => mergeFilterOptions(known, loaded));
  }, [loaded]);

  const filtered = Boolean(gap || flag || query.trim());
  return (
    <>
      <PageHeading subtitle={`Your panel at ${session.institution.name}: open care gaps and risk flags from each record`}>Clinic</PageHeading>
      <section className="card" aria-label="Panel">
        <form className="panel-controls" onSubmit={(event) => event.preventDefault()} role="search" aria-label="Sort and filter the panel">
          <div className="field">
            <label htmlFor="panel-name">Name</label>
            <input id="panel-name" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="Find a patient" />
          </div>
          <AnyOfSelect id="panel-gap" label="Care gap" value={gap} onChange={setGap} options={options.gaps} />
          <AnyOfSelect id="panel-flag" label="Risk flag" value={flag} onChange={setFlag} options={options.flags} />
          <div className="field">
            <label htmlFor="panel-sort">Sort by</label>
            <select id="panel-sort" value={sort} onChange={(event) => setSort(event.target.value as PanelSort)}>
              {Object.entries(sortLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </form>
        {rows.status === 'loading' && <Loading label="Loading the panel…" />}
        {rows.status === 'failed' && <ErrorMessage title="The panel could not be loaded." error={rows.error} />}
        {rows.status === 'ready' && (
          <>
            <p className="muted small" aria-live="polite">
              {rows.value.length === 1 ? '1 patient' : `${rows.value.length} patients`}
              {filtered ? ' match' : ''} · sorted by {sortLabels[sort].toLowerCase()}
            </p>
            {rows.value.length === 0 ? (
              <p className="muted">{filtered ? 'No patient matches these filters.' : 'No patients are recorded at this institution yet.'}</p>
            ) : (
              <PanelTable rows={rows.value} sort={sort} />
            )}
          </>
        )}
      </section>
    </>
  );
}

function PanelTable({ rows, sort }: { rows: PanelRow[]; sort: PanelSort }) {
  const ariaSort = (column: PanelSort) => (sort === column ? (column === 'name' || column === 'last-visit' ? 'ascending' : 'descending') : undefined);
  return (
    <div className="table-wrap">
      <table className="data-table panel-table">
        <caption className="visually-hidden">Patients in the panel</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('name')}>
              Patient
            </th>
            <th scope="col" aria-sort={ariaSort('gaps')}>
              Care gaps
            </th>
            <th scope="col" aria-sort={ariaSort('flags')}>
              Risk flags
            </th>
            <th scope="col" aria-sort={ariaSort('last-visit')}>
              Last visit
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const overdue = row.careGaps.filter((item) => item.status === 'overdue').length;
            const ordered = [...row.careGaps].sort((a, b) => (a.status === b.status ? 0 : a.status === 'overdue' ? -1 : 1));
            return (
              <tr key={row.patientId}>
                <th scope="row">
                  <Link to={`/clinic/patients/${encodeURIComponent(row.patientId)}`}>{row.name}</Link>
                  <span className="muted small block">{[row.ageYears !== undefined ? `${row.ageYears} y` : undefined, row.gender].filter(Boolean).join(' · ')}</span>
                </th>
                <td>
                  {row.careGaps.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <>
                      <span className="gap-count">
                        {row.careGaps.length} open{overdue > 0 ? `, ${overdue} overdue` : ''}
                      </span>
                      <ul className="tag-list">
                        {ordered.slice(0, gapsShown).map((item) => (
                          <li key={item.id} className={`tag tag-${item.status}`} title={item.label}>
                            {item.label.replace(/\s*\(.*\)$/, '')}
                          </li>
                        ))}
                        {ordered.length > gapsShown && <li className="tag tag-more">+{ordered.length - gapsShown} more</li>}
                      </ul>
                    </>
                  )}
                </td>
                <td>
                  {row.riskFlags.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul className="tag-list">
                      {row.riskFlags.map((item) => (
                        <li key={item.id} className="tag tag-flag">
                          {item.label}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{row.lastVisit ? formatDate(row.lastVisit) : <span className="muted">None recorded</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A labelled filter: "Any", or one of the options. */
function AnyOfSelect({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (value: string) => void; options: { id: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
