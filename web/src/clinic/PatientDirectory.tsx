import { useState } from 'react';
import type { Bundle, Patient } from '@medplum/fhirtypes';
import { followBundleLink, searchPatients } from '../api/client.ts';
import { bundleLink, bundleResources } from '../fhir/bundle.ts';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';
import { PatientTable } from './PatientTable.tsx';

export const patientsPerPage = 20;

/** Every patient of the institution, by family name, a page at a time (from the FHIR Patient search). */
export function PatientDirectory() {
  useDocumentTitle('All patients');
  const { session } = useSession();
  // The pages visited after the first, each the URL of a Bundle "next" link. Going back pops
  // this trail, so it works whether or not the server writes "previous" links.
  const [trail, setTrail] = useState<string[]>([]);
  const pageUrl = trail.length > 0 ? trail[trail.length - 1] : null;
  const page = useAsync<Bundle<Patient>>(
    () => (pageUrl ? followBundleLink<Patient>(pageUrl) : searchPatients({ count: patientsPerPage, sort: 'family' })),
    [pageUrl],
  );

  return (
    <>
      <PageHeading subtitle={`Patients at ${session.institution.name}`}>All patients</PageHeading>
      <section className="card" aria-label="Patient list">
        {page.status === 'loading' && <Loading label="Loading patients…" />}
        {page.status === 'failed' && <ErrorMessage title="The patient list could not be loaded." error={page.error} />}
        {page.status === 'ready' && (
          <PatientPage
            bundle={page.value}
            firstShown={trail.length * patientsPerPage}
            hasPrevious={trail.length > 0}
            onNext={(url) => setTrail([...trail, url])}
            onPrevious={() => setTrail(trail.slice(0, -1))}
          />
        )}
      </section>
    </>
  );
}

function PatientPage(props: { bundle: Bundle<Patient>; firstShown: number; hasPrevious: boolean; onNext(url: string): void; onPrevious(): void }) {
  const { bundle, firstShown, hasPrevious, onNext, onPrevious } = props;
  const patients = bundleResources(bundle, 'Patient');
  const next = bundleLink(bundle, 'next');
  if (patients.length === 0 && !hasPrevious) return <p className="muted">No patients are recorded at this institution yet.</p>;
  const range = patients.length > 0 ? `${firstShown + 1}–${firstShown + patients.length}` : 'none';
  return (
    <>
      <PatientTable patients={patients} />
      <div className="pager">
        <p className="muted" aria-live="polite">
          {bundle.total !== undefined ? `Patients ${range} of ${bundle.total}` : `Patients ${range}`}
        </p>
        {(hasPrevious || next) && (
          <div className="pager-buttons">
            <button type="button" className="button button-quiet" disabled={!hasPrevious} onClick={onPrevious}>
              Previous page
            </button>
            <button type="button" className="button button-quiet" disabled={!next} onClick={() => next && onNext(next)}>
              Next page
            </button>
          </div>
        )}
      </div>
    </>
  );
}
