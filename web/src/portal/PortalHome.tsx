import type { Patient } from '@medplum/fhirtypes';
import { readPatient } from '../api/client.ts';
import { ageInYears, formatDate, formatGender, fullName, greetingName, medicalRecordNumber } from '../fhir/display.ts';
import { ComingSoon, ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';

/** The patient's home: a greeting from their own record, and the portal's sections. */
export function PortalHome() {
  useDocumentTitle('My health');
  const { session } = useSession();
  const patientId = session.user.patientId;
  return (
    <>
      <PageHeading subtitle={session.institution.name}>My health</PageHeading>
      {patientId ? (
        <PatientWelcome patientId={patientId} />
      ) : (
        <ErrorMessage title="Your account is not linked to a health record.">
          <p>Please contact {session.institution.name} so they can link your sign-in to your record.</p>
        </ErrorMessage>
      )}
      <div className="card-grid">
        <ComingSoon title="Messages">Write to your care team and read their replies.</ComingSoon>
        <ComingSoon title="Results">See your test results, with what each one measures and its usual range.</ComingSoon>
        <ComingSoon title="Care">Screenings, vaccines and check-ups that are due, and why they are recommended.</ComingSoon>
      </div>
    </>
  );
}

function PatientWelcome({ patientId }: { patientId: string }) {
  const patient = useAsync(() => readPatient(patientId), [patientId]);
  if (patient.status === 'loading') return <Loading label="Loading your record…" />;
  if (patient.status === 'failed') return <ErrorMessage title="We could not load your record." error={patient.error} />;
  return <AboutYou patient={patient.value} />;
}

export function AboutYou({ patient, today = new Date() }: { patient: Patient; today?: Date }) {
  const age = ageInYears(patient.birthDate, today);
  const mrn = medicalRecordNumber(patient);
  return (
    <section className="card card-welcome" aria-labelledby="about-you">
      <p className="greeting">Hello, {greetingName(patient)}.</p>
      <h2 id="about-you">About you</h2>
      <dl className="facts">
        <div>
          <dt>Name</dt>
          <dd>{fullName(patient)}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>
            {formatDate(patient.birthDate)}
            {age !== undefined && <span className="muted"> ({age} years)</span>}
          </dd>
        </div>
        <div>
          <dt>Gender</dt>
          <dd>{formatGender(patient.gender)}</dd>
        </div>
        {mrn && (
          <div>
            <dt>Record number</dt>
            <dd>{mrn}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
