import type { SessionResponse } from '../../../src/api/index.ts';
import { areaForRole, homePathForRole } from '../api/roles.ts';
import type { Area } from '../api/roles.ts';
import { matchPath } from './history.ts';

/**
 * Which page a path shows for the current session. Pure, so the access rules of the shell
 * (signed-out users see only sign-in; each role sees only its own area) are tested alone.
 * The server enforces the same rules on every API call; this only keeps people on pages they can use.
 */
export type Page =
  | { name: 'sign-in' }
  | { name: 'portal-home' }
  | { name: 'portal-assistant' }
  | { name: 'portal-care' }
  | { name: 'portal-messages' }
  | { name: 'clinic-home' }
  | { name: 'clinic-directory' }
  | { name: 'clinic-patient'; patientId: string }
  | { name: 'clinic-calculators'; patientId: string }
  | { name: 'clinic-inbasket' }
  | { name: 'clinic-message'; messageId: string }
  | { name: 'clinic-source'; reference: string }
  | { name: 'console-home' }
  | { name: 'not-found' };

export type Route = { kind: 'page'; page: Page } | { kind: 'redirect'; to: string };

export const signInPath = '/sign-in';

const areaPages: { pattern: string; area: Area; page: (params: Record<string, string>) => Page }[] = [
  { pattern: '/portal', area: 'portal', page: () => ({ name: 'portal-home' }) },
  { pattern: '/portal/assistant', area: 'portal', page: () => ({ name: 'portal-assistant' }) },
  { pattern: '/portal/care', area: 'portal', page: () => ({ name: 'portal-care' }) },
  { pattern: '/portal/messages', area: 'portal', page: () => ({ name: 'portal-messages' }) },
  { pattern: '/clinic', area: 'clinic', page: () => ({ name: 'clinic-home' }) },
  { pattern: '/clinic/patients', area: 'clinic', page: () => ({ name: 'clinic-directory' }) },
  { pattern: '/clinic/patients/:id', area: 'clinic', page: (params) => ({ name: 'clinic-patient', patientId: params.id }) },
  { pattern: '/clinic/patients/:id/calculators', area: 'clinic', page: (params) => ({ name: 'clinic-calculators', patientId: params.id }) },
  { pattern: '/clinic/inbasket', area: 'clinic', page: () => ({ name: 'clinic-inbasket' }) },
  { pattern: '/clinic/inbasket/:id', area: 'clinic', page: (params) => ({ name: 'clinic-message', messageId: params.id }) },
  { pattern: '/clinic/source/:type/:id', area: 'clinic', page: (params) => ({ name: 'clinic-source', reference: `${params.type}/${params.id}` }) },
  { pattern: '/console', area: 'console', page: () => ({ name: 'console-home' }) },
];

export function resolveRoute(path: string, session: SessionResponse | null): Route {
  if (!session) {
    return matchPath(signInPath, path) ? { kind: 'page', page: { name: 'sign-in' } } : { kind: 'redirect', to: signInPath };
  }
  const home = homePathForRole(session.user.role);
  if (path === '/' || matchPath(signInPath, path)) return { kind: 'redirect', to: home };
  for (const candidate of areaPages) {
    const params = matchPath(candidate.pattern, path);
    if (!params) continue;
    if (candidate.area !== areaForRole(session.user.role)) return { kind: 'redirect', to: home };
    return { kind: 'page', page: candidate.page(params) };
  }
  return { kind: 'page', page: { name: 'not-found' } };
}

/** The in-app address that shows one FHIR resource ("Type/id") to a clinician. */
export function sourcePath(reference: string): string {
  const [type, id] = reference.split('/');
  return `/clinic/source/${encodeURIComponent(type)}/${encodeURIComponent(id ?? '')}`;
}
