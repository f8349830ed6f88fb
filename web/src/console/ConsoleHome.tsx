import type { ReactNode } from 'react';
import type { UserRole } from '../api/roles.ts';
import { roleLabel } from '../api/roles.ts';
import { ComingSoon } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useSession } from '../shell/session.tsx';
import { useDocumentTitle } from '../shell/useAsync.ts';

/** The sections each console role will work in. */
const sectionsByRole: Record<Exclude<UserRole, 'patient' | 'clinician'>, { title: string; body: ReactNode }[]> = {
  reviewer: [
    { title: 'Reviews', body: 'Assistant answers and model outputs waiting for your clinical judgement.' },
    { title: 'Evaluations', body: 'Evaluation sets and runs, with held-out results reported apart.' },
    { title: 'Releases', body: 'What is ready to move to the next release stage, and what gates it must pass.' },
  ],
  data_scientist: [
    { title: 'Datasets', body: 'Cohorts drawn from de-identified records, with how each was built.' },
    { title: 'Models', body: 'Training runs, validation results and model cards.' },
    { title: 'Evaluations', body: 'How each model performs on held-out data and across patient groups.' },
  ],
  admin: [
    { title: 'Users and roles', body: 'Who can sign in to this institution, and what each person may do.' },
    { title: 'Audit log', body: 'Every access to patient records, in a tamper-evident log.' },
    { title: 'Knowledge and licenses', body: 'Approved knowledge packs, and models licensed to or from other institutions.' },
  ],
};

export function ConsoleHome() {
  useDocumentTitle('Console');
  const { session } = useSession();
  const role = session.user.role;
  const sections = role === 'patient' || role === 'clinician' ? [] : sectionsByRole[role];
  return (
    <>
      <PageHeading subtitle={`${roleLabel(role)} tools for ${session.institution.name}`}>Console</PageHeading>
      <div className="card-grid">
        {sections.map((section) => (
          <ComingSoon key={section.title} title={section.title}>
            {section.body}
          </ComingSoon>
        ))}
      </div>
    </>
  );
}
