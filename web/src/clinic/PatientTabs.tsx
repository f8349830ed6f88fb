import { Link } from '../router/Link.tsx';

/** The two views of a patient: the chart summary and the calculators filled from it. */
export function PatientTabs({ patientId, current }: { patientId: string; current: 'summary' | 'calculators' }) {
  const base = `/clinic/patients/${encodeURIComponent(patientId)}`;
  return (
    <nav className="tabs" aria-label="Patient views">
      <Link to={base} aria-current={current === 'summary' ? 'page' : undefined}>
        Chart summary
      </Link>
      <Link to={`${base}/calculators`} aria-current={current === 'calculators' ? 'page' : undefined}>
        Calculators
      </Link>
    </nav>
  );
}
