import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../../src/api/index.ts';
import { matchPath } from './history.ts';
import { resolveRoute, sourcePath } from './routes.ts';

function sessionFor(role: SessionResponse['user']['role']): SessionResponse {
  return {
    user: { id: 'u1', email: 'u1@example.org', name: 'Test User', role, ...(role === 'patient' ? { patientId: 'p1' } : {}) },
    institution: { id: 't1', slug: 'demo', name: 'Demo Hospital' },
  };
}

describe('resolveRoute', () => {
  it('shows only the sign-in page to someone signed out', () => {
    expect(resolveRoute('/sign-in', null)).toEqual({ kind: 'page', page: { name: 'sign-in' } });
    for (const path of ['/', '/portal', '/clinic', '/clinic/patients/p1', '/console', '/nowhere']) {
      expect(resolveRoute(path, null)).toEqual({ kind: 'redirect', to: '/sign-in' });
    }
  });

  it('sends each role from / and from sign-in to its own home', () => {
    const homes = { patient: '/portal', clinician: '/clinic', reviewer: '/console', data_scientist: '/console', admin: '/console' } as const;
    for (const [role, home] of Object.entries(homes)) {
      const session = sessionFor(role as keyof typeof homes);
      expect(resolveRoute('/', session)).toEqual({ kind: 'redirect', to: home });
      expect(resolveRoute('/sign-in', session)).toEqual({ kind: 'redirect', to: home });
    }
  });

  it('keeps each role inside its own area', () => {
    expect(resolveRoute('/clinic', sessionFor('patient'))).toEqual({ kind: 'redirect', to: '/portal' });
    expect(resolveRoute('/clinic/patients/p2', sessionFor('patient'))).toEqual({ kind: 'redirect', to: '/portal' });
    expect(resolveRoute('/portal', sessionFor('clinician'))).toEqual({ kind: 'redirect', to: '/clinic' });
    expect(resolveRoute('/clinic', sessionFor('admin'))).toEqual({ kind: 'redirect', to: '/console' });
    expect(resolveRoute('/console', sessionFor('reviewer'))).toEqual({ kind: 'page', page: { name: 'console-home' } });
  });

  it('opens a patient chart for clinicians and reports unknown addresses', () => {
    expect(resolveRoute('/clinic/patients/abc%2F1', sessionFor('clinician'))).toEqual({
      kind: 'page',
      page: { name: 'clinic-patient', patientId: 'abc/1' },
    });
    expect(resolveRoute('/portal/', sessionFor('patient'))).toEqual({ kind: 'page', page: { name: 'portal-home' } });
    expect(resolveRoute('/nowhere', sessionFor('patient'))).toEqual({ kind: 'page', page: { name: 'not-found' } });
  });
});

describe('portal and clinic pages', () => {
  it('opens the portal sections for patients only', () => {
    for (const [path, name] of [['/portal/assistant', 'portal-assistant'], ['/portal/care', 'portal-care'], ['/portal/messages', 'portal-messages']] as const) {
      expect(resolveRoute(path, sessionFor('patient'))).toEqual({ kind: 'page', page: { name } });
      expect(resolveRoute(path, sessionFor('clinician'))).toEqual({ kind: 'redirect', to: '/clinic' });
    }
  });

  it('opens the clinic pages with their parameters', () => {
    const clinician = sessionFor('clinician');
    expect(resolveRoute('/clinic/patients', clinician)).toEqual({ kind: 'page', page: { name: 'clinic-directory' } });
    expect(resolveRoute('/clinic/patients/p1/calculators', clinician)).toEqual({ kind: 'page', page: { name: 'clinic-calculators', patientId: 'p1' } });
    expect(resolveRoute('/clinic/inbasket', clinician)).toEqual({ kind: 'page', page: { name: 'clinic-inbasket' } });
    expect(resolveRoute('/clinic/inbasket/m1', clinician)).toEqual({ kind: 'page', page: { name: 'clinic-message', messageId: 'm1' } });
    expect(resolveRoute('/clinic/inbasket/m1', sessionFor('patient'))).toEqual({ kind: 'redirect', to: '/portal' });
  });

  it('gives every record source an address that leads back to it', () => {
    const path = sourcePath('Observation/o 1');
    expect(path).toBe('/clinic/source/Observation/o%201');
    expect(resolveRoute(path, sessionFor('clinician'))).toEqual({ kind: 'page', page: { name: 'clinic-source', reference: 'Observation/o 1' } });
  });
});

describe('matchPath', () => {
  it('matches literal segments and captures parameters', () => {
    expect(matchPath('/clinic/patients/:id', '/clinic/patients/42')).toEqual({ id: '42' });
    expect(matchPath('/clinic/patients/:id', '/clinic/patients')).toBeNull();
    expect(matchPath('/clinic/patients/:id', '/clinic/people/42')).toBeNull();
    expect(matchPath('/clinic/patients/:id', '/clinic/patients/%E0%A4%A')).toBeNull();
  });
});
