import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppHeader } from './AppHeader.tsx';

describe('AppHeader', () => {
  it("shows the user's name, role and institution, and a sign-out button", () => {
    const session = {
      user: { id: 'u', email: 'r@example.org', name: 'Dana Reyes', role: 'data_scientist' as const },
      institution: { id: 't', slug: 'riverside', name: 'Riverside Health' },
    };
    const html = renderToStaticMarkup(createElement(AppHeader, { session, signingOut: false, onSignOut() {} }));
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('Dana Reyes');
    expect(text).toContain('Data scientist');
    expect(text).toContain('Riverside Health');
    expect(html).toMatch(/<button type="button"[^>]*>Sign out<\/button>/);
    expect(html).toContain('href="/console"');
  });

  it('disables the button while signing out', () => {
    const session = {
      user: { id: 'u', email: 'p@example.org', name: 'Pat', role: 'patient' as const, patientId: 'p1' },
      institution: { id: 't', slug: 'demo', name: 'Demo' },
    };
    const html = renderToStaticMarkup(createElement(AppHeader, { session, signingOut: true, onSignOut() {} }));
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Signing out…<\/button>/);
  });
});
