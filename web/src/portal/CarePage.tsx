import { portalSummary } from '../api/portal.ts';
import { formatDate } from '../fhir/display.ts';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';
import { checklistGroups, sourceLine, statusLabels } from './preventive.ts';

/** The preventive-care checklist: what is overdue, due and up to date, the rule behind each, and its published source. */
export function CarePage() {
  useDocumentTitle('Preventive care');
  const summary = useAsync(portalSummary, []);
  return (
    <>
      <PageHeading subtitle="Screenings and vaccines recommended for you by the U.S. Preventive Services Task Force (grades A and B) and the CDC.">
        Preventive care
      </PageHeading>
      {summary.status === 'loading' && <Loading label="Loading your checklist…" />}
      {summary.status === 'failed' && <ErrorMessage title="We could not load your checklist." error={summary.error} />}
      {summary.status === 'ready' &&
        (summary.value.preventive.length === 0 ? (
          <p className="card muted">No preventive services apply from what your record holds.</p>
        ) : (
          checklistGroups(summary.value.preventive).map((group) => (
            <section key={group.status} className="checklist-group" aria-labelledby={`care-${group.status}`}>
              <h2 id={`care-${group.status}`}>
                {statusLabels[group.status]} <span className="count">({group.items.length})</span>
              </h2>
              <ul className="checklist">
                {group.items.map((item) => (
                  <li key={item.id} className={`card checklist-item checklist-${item.status}`}>
                    <div className="checklist-head">
                      <h3>{item.service}</h3>
                      <span className={`badge badge-${item.status}`}>{statusLabels[group.status]}</span>
                    </div>
                    <p>{item.reason}</p>
                    <dl className="facts facts-compact">
                      <div>
                        <dt>Last done</dt>
                        <dd>{item.lastDone ? formatDate(item.lastDone) : 'Not in your record'}</dd>
                      </div>
                      {item.nextDue && item.status === 'up-to-date' && (
                        <div>
                          <dt>Next due</dt>
                          <dd>{formatDate(item.nextDue)}</dd>
                        </div>
                      )}
                    </dl>
                    <p className="checklist-rule small">
                      <span className="checklist-label">The rule: </span>
                      {item.rule}
                    </p>
                    <p className="muted small">
                      <span className="checklist-label">Source: </span>
                      {item.source.url ? (
                        <a href={item.source.url} target="_blank" rel="noreferrer">
                          {sourceLine(item.source)}
                        </a>
                      ) : (
                        sourceLine(item.source)
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))
        ))}
    </>
  );
}
