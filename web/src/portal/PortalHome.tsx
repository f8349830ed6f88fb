import { myMessages, portalSummary } from '../api/portal.ts';
import type { PortalSummary } from '../api/portal.ts';
import { formatDate, formatGender } from '../fhir/display.ts';
import { Link } from '../router/Link.tsx';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';
import { HealthSummary } from './HealthSummary.tsx';

/** The patient's home: a greeting, where to go next, and the summary of their own record. */
export function PortalHome() {
  useDocumentTitle('My health');
  const { session } = useSession();
  const linked = Boolean(session.user.patientId);
  return (
    <>
      <PageHeading subtitle={session.institution.name}>My health</PageHeading>
      {linked ? (
        <PortalOverview />
      ) : (
        <ErrorMessage title="Your account is not linked to a health record.">
          <p>Please contact {session.institution.name} so they can link your sign-in to your record.</p>
        </ErrorMessage>
      )}
    </>
  );
}

function PortalOverview() {
  const summary = useAsync(portalSummary, []);
  if (summary.status === 'loading') return <Loading label="Loading your record…" />;
  if (summary.status === 'failed') return <ErrorMessage title="We could not load your record." error={summary.error} />;
  return (
    <>
      <Welcome summary={summary.value} />
      <NextSteps summary={summary.value} />
      <HealthSummary summary={summary.value} />
    </>
  );
}

function Welcome({ summary }: { summary: PortalSummary }) {
  const { patient } = summary;
  const firstName = patient.name.split(' ')[0] ?? patient.name;
  return (
    <section className="card card-welcome" aria-labelledby="about-you">
      <p className="greeting">Hello, {firstName}.</p>
      <h2 id="about-you" className="visually-hidden">
        About you
      </h2>
      <dl className="facts">
        <div>
          <dt>Name</dt>
          <dd>{patient.name}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>
            {formatDate(patient.birthDate)}
            {patient.ageYears !== undefined && <span className="muted"> ({patient.ageYears} years)</span>}
          </dd>
        </div>
        <div>
          <dt>Gender</dt>
          <dd>{formatGender(patient.gender as 'male' | 'female' | 'other' | 'unknown' | undefined)}</dd>
        </div>
        {patient.mrn && (
          <div>
            <dt>Record number</dt>
            <dd>{patient.mrn}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** Three ways on from the summary, each saying what is waiting there. */
function NextSteps({ summary }: { summary: PortalSummary }) {
  const messages = useAsync(myMessages, []);
  const open = summary.preventive.filter((item) => item.status === 'due' || item.status === 'overdue').length;
  const awaiting = messages.status === 'ready' ? messages.value.filter((thread) => thread.status === 'awaiting-reply').length : 0;
  const replies = messages.status === 'ready' ? messages.value.filter((thread) => thread.status === 'answered').length : 0;
  return (
    <div className="card-grid next-steps">
      <section className="card card-link" aria-labelledby="next-ask">
        <h2 id="next-ask">Ask a question</h2>
        <p className="muted">Ask about your health, your medicines or your results. Answers show where they come from.</p>
        <Link to="/portal/assistant" className="button button-primary">
          Ask the assistant
        </Link>
      </section>
      <section className="card card-link" aria-labelledby="next-care">
        <h2 id="next-care">Preventive care</h2>
        <p className="muted">{open === 0 ? 'You are up to date with the screenings and vaccines that apply to you.' : `${open} screening${open === 1 ? '' : 's'} or vaccine${open === 1 ? '' : 's'} due.`}</p>
        <Link to="/portal/care" className="button button-quiet">
          See my checklist
        </Link>
      </section>
      <section className="card card-link" aria-labelledby="next-messages">
        <h2 id="next-messages">Messages</h2>
        <p className="muted">
          {messages.status !== 'ready'
            ? 'Write to your care team and read their replies.'
            : awaiting + replies === 0
              ? 'No messages yet. Write to your care team any time.'
              : `${replies} answered · ${awaiting} waiting for a reply.`}
        </p>
        <Link to="/portal/messages" className="button button-quiet">
          Open messages
        </Link>
      </section>
    </div>
  );
}
