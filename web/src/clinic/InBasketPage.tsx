import { useState } from 'react';
import { inBasket, inBasketMetrics } from '../api/clinician.ts';
import type { InBasketMetrics } from '../api/clinician.ts';
import { formatDate } from '../fhir/display.ts';
import { Link } from '../router/Link.tsx';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';
import { metricFigures } from './metrics.ts';
import { PatientName } from './PatientName.tsx';

type Status = 'awaiting-reply' | 'answered';

/** Patient messages waiting for a reply (or already answered), and how the team has used the AI drafts. */
export function InBasketPage() {
  useDocumentTitle('In-basket');
  const [status, setStatus] = useState<Status>('awaiting-reply');
  const threads = useAsync(() => inBasket(status), [status]);
  return (
    <>
      <PageHeading subtitle="Messages from patients, each with an AI draft reply grounded in the chart and approved knowledge">In-basket</PageHeading>
      <DraftMetrics />
      <section className="card" aria-labelledby="inbasket-heading">
        <div className="section-head">
          <h2 id="inbasket-heading">Messages</h2>
          <div className="segmented" role="group" aria-label="Show messages">
            <button type="button" aria-pressed={status === 'awaiting-reply'} onClick={() => setStatus('awaiting-reply')}>
              Awaiting reply
            </button>
            <button type="button" aria-pressed={status === 'answered'} onClick={() => setStatus('answered')}>
              Answered
            </button>
          </div>
        </div>
        {threads.status === 'loading' && <Loading label="Loading messages…" />}
        {threads.status === 'failed' && <ErrorMessage title="The in-basket could not be loaded." error={threads.error} />}
        {threads.status === 'ready' &&
          (threads.value.length === 0 ? (
            <p className="muted">{status === 'awaiting-reply' ? 'No messages are waiting for a reply.' : 'No answered messages yet.'}</p>
          ) : (
            <ul className="inbasket-list">
              {[...threads.value].sort((a, b) => a.sent.localeCompare(b.sent)).map((thread) => (
                <li key={thread.id} className="inbasket-row">
                  <Link to={`/clinic/inbasket/${encodeURIComponent(thread.id)}`} className="inbasket-link">
                    <span className="inbasket-subject">
                      <PatientName patientId={thread.patientId} />: {thread.subject}
                    </span>
                    <span className="inbasket-preview muted">{thread.text}</span>
                  </Link>
                  <span className="inbasket-meta small">
                    {thread.triageLevel && (thread.triageLevel === 'emergency' || thread.triageLevel === 'urgent') && (
                      <span className={`badge badge-triage-${thread.triageLevel}`}>{thread.triageLevel === 'emergency' ? 'Emergency' : 'Urgent'}</span>
                    )}
                    {thread.transcript && <span className="badge badge-muted">From the assistant</span>}
                    <span className="muted">{formatDate(thread.sent)}</span>
                  </span>
                </li>
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}

function DraftMetrics() {
  const metrics = useAsync(inBasketMetrics, []);
  return (
    <section className="card" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">AI drafts: how the team uses them</h2>
      {metrics.status === 'loading' && <Loading label="Loading figures…" />}
      {metrics.status === 'failed' && <ErrorMessage title="The figures could not be loaded." error={metrics.error} />}
      {metrics.status === 'ready' && <MetricList metrics={metrics.value} />}
    </section>
  );
}

function MetricList({ metrics }: { metrics: InBasketMetrics }) {
  return (
    <dl className="metrics">
      {metricFigures(metrics).map((figure) => (
        <div key={figure.label}>
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
