import type { Patient } from '@medplum/fhirtypes';
import { formatDate, formatGender, listName, medicalRecordNumber } from '../fhir/display.ts';
import { Link } from '../router/Link.tsx';

/** The clinician's patient list: one row per Patient, the name linking to the chart. */
export function PatientTable({ patients }: { patients: Patient[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Patients</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Birth date</th>
            <th scope="col">Gender</th>
            <th scope="col">Record number</th>
          </tr>
        </thead>
        <tbody>
          {patients.map((patient) => (
            <tr key={patient.id}>
              <th scope="row">
                {patient.id ? <Link to={`/clinic/patients/${encodeURIComponent(patient.id)}`}>{listName(patient)}</Link> : listName(patient)}
              </th>
              <td>{formatDate(patient.birthDate)}</td>
              <td>{formatGender(patient.gender)}</td>
              <td className="mono">{medicalRecordNumber(patient) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
