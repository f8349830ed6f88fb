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
  | { name: 'clinic-home' }
  | { name: 'clinic-patient'; patientId: string }
  | { name: 'console-home' }
  | { name: 'not-found' };

export type Route = { kind: 'page'; page: Page } | { kind: 'redirect'; to: string };

export const signInPath = '/sign-in';

const areaPages: { pattern: string; area: Area; page: (params: Record<string, string>) => Page }[] = [
  { pattern: '/portal', area: 'portal', page: () => ({ name: 'portal-home' }) },
  { pattern: '/clinic', area: 'clinic', page: () => ({ name: 'clinic-home' }) },
  { pattern: '/clinic/patients/:id', area: 'clinic', page: (params) => ({ name: 'clinic-patient', patientId: params.id }) },
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
