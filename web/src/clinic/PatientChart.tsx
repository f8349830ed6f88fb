import type { Bundle, Condition, Patient } from '@medplum/fhirtypes';
import { patientEverything } from '../api/client.ts';
import { bundleResources, countByType } from '../fhir/bundle.ts';
import { currentProblems } from '../fhir/conditions.ts';
import { ageInYears, formatDate, formatGender, fullName, medicalRecordNumber } from '../fhir/display.ts';
import { Link } from '../router/Link.tsx';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';

/** One patient's record at a glance, from `Patient/{id}/$everything`. */
export function PatientChart({ patientId }: { patientId: string }) {
  const everything = useAsync<Bundle>(() => patientEverything(patientId), [patientId]);
  const patient = everything.status === 'ready' ? bundleResources(everything.value).find(isThePatient(patientId)) : undefined;
  useDocumentTitle(patient ? fullName(patient) : 'Patient');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/clinic">← Patient list</Link>
      </p>
      {everything.status === 'loading' && <Loading label="Loading the record…" />}
      {everything.status === 'failed' && <ErrorMessage title="This record could not be loaded." error={everything.error} />}
      {everything.status === 'ready' && !patient && <ErrorMessage title="This record has no Patient resource." />}
      {everything.status === 'ready' && patient && <ChartSummary patient={patient} bundle={everything.value} />}
    </>
  );
}

function isThePatient(patientId: string) {
  return (resource: { resourceType: string; id?: string }): resource is Patient =>
    resource.resourceType === 'Patient' && resource.id === patientId;
}

function ChartSummary({ patient, bundle }: { patient: Patient; bundle: Bundle }) {
  const age = ageInYears(patient.birthDate, new Date());
  const mrn = medicalRecordNumber(patient);
  const conditions = bundleResources(bundle).filter((resource): resource is Condition => resource.resourceType === 'Condition');
  const problems = currentProblems(conditions);
  const counts = countByType(bundle).filter((row) => row.resourceType !== 'Patient');
  return (
    <>
      <PageHeading
        subtitle={[formatDate(patient.birthDate) + (age !== undefined ? ` (${age} years)` : ''), formatGender(patient.gender), mrn && `MRN ${mrn}`]
          .filter(Boolean)
          .join(' · ')}
      >
        {fullName(patient)}
      </PageHeading>
      <div className="card-grid card-grid-wide">
        <section className="card" aria-labelledby="problems-heading">
          <h2 id="problems-heading">Current problems</h2>
          {problems.length === 0 ? (
            <p className="muted">No current problems recorded.</p>
          ) : (
            <ul className="plain-list">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="record-heading">
          <h2 id="record-heading">In the record</h2>
          {counts.length === 0 ? (
            <p className="muted">Nothing else is recorded for this patient.</p>
          ) : (
            <table className="data-table data-table-compact">
              <caption className="visually-hidden">Resources by type</caption>
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col" className="numeric">
                    Count
                  </th>
                </tr>
              </thead>
              <tbody>
                {counts.map((row) => (
                  <tr key={row.resourceType}>
                    <th scope="row">{row.resourceType}</th>
                    <td className="numeric">{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
