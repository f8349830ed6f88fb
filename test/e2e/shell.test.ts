import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDemoServer } from '../../src/server/testing.ts';
import type { DemoCredentials } from '../../src/server/testing.ts';
import { launchBrowser } from './browser.ts';
import { ensureWebBuild } from './webBuild.ts';

/**
 * The web shell end to end: the built app served by the real server, driven in headless Chromium.
 * Screenshots of each home page go to /tmp so a person can check how they look.
 */
let server: { url: string; credentials: DemoCredentials; close(): Promise<void> };
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await ensureWebBuild();
  [server, browser] = await Promise.all([startDemoServer({ patients: 3 }), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

/** A fresh browser profile (no cookies) on the sign-in page. */
async function openSignIn(): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1200, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  return page;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Institution').fill(server.credentials.institution);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function institutionName(page: Page): Promise<string> {
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/auth/me');
    return { status: response.status, body: (await response.json()) as { institution: { name: string } } };
  });
  expect(status.status).toBe(200);
  return status.body.institution.name;
}

/** Status of GET /api/auth/me as the page's own browser session sees it. */
function sessionStatus(page: Page): Promise<number> {
  return page.evaluate(async () => (await fetch('/api/auth/me')).status);
}

describe('web shell', () => {
  it('shows the sign-in form with the demo institution filled in', async () => {
    const page = await openSignIn();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByLabel('Institution').inputValue()).toBe('demo');
    expect(await page.getByLabel('Email').inputValue()).toBe('');
    await page.screenshot({ path: '/tmp/galen-web-sign-in.png' });
  });

  it('refuses a wrong password with a clear message and stays on sign-in', async () => {
    const page = await openSignIn();
    const patient = server.credentials.patients[0];
    await signIn(page, patient.email, `${patient.password}-wrong`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/sign-in failed/i);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    expect(await sessionStatus(page)).toBe(401);
    await page.screenshot({ path: '/tmp/galen-web-sign-in-error.png' });
  });

  it('signs a demo patient in to "My health", greeted by name, with their role and institution', async () => {
    const page = await openSignIn();
    const patient = server.credentials.patients[0];
    await signIn(page, patient.email, patient.password);
    await page.getByRole('heading', { name: 'My health', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal');

    const firstName = patient.name.split(' ')[0];
    await page.getByText(`Hello, ${firstName}.`).waitFor();
    const header = page.getByRole('banner');
    const headerText = (await header.textContent()) ?? '';
    expect(headerText).toContain(patient.name);
    expect(headerText.toLowerCase()).toContain('patient');
    expect(headerText).toContain(await institutionName(page));
    for (const section of ['Ask a question', 'Preventive care', 'Messages', 'My latest test results']) {
      await page.getByRole('heading', { name: section, level: 2, exact: true }).waitFor();
    }
    await page.screenshot({ path: '/tmp/galen-web-patient-home.png', fullPage: true });

    // The clinic is not a patient's area: the shell sends them back to their own home.
    await page.goto('/clinic');
    await page.getByRole('heading', { name: 'My health', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal');
  });

  it('signs the demo clinician in to "Clinic", with the panel and the list of all patients', async () => {
    const page = await openSignIn();
    const { clinician, patients } = server.credentials;
    await signIn(page, clinician.email, clinician.password);
    await page.getByRole('heading', { name: 'Clinic', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/clinic');
    const headerText = (await page.getByRole('banner').textContent()) ?? '';
    expect(headerText).toContain(clinician.name);
    expect(headerText.toLowerCase()).toContain('clinician');
    await page.getByRole('table', { name: 'Patients in the panel' }).waitFor();
    await page.screenshot({ path: '/tmp/galen-web-clinic-home.png', fullPage: true });

    // "All patients" pages through the FHIR Patient search, family name first.
    await page.getByRole('navigation', { name: 'Clinic sections' }).getByRole('link', { name: 'All patients' }).click();
    await page.getByRole('heading', { name: 'All patients', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Patients', exact: true });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(patients.length);
    const tableText = (await table.textContent()) ?? '';
    for (const patient of patients) {
      const parts = patient.name.split(' ');
      expect(tableText).toContain(`${parts[parts.length - 1]}, ${parts[0]}`);
    }
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Name', 'Birth date', 'Gender']));

    // Opening a patient shows their chart summary.
    const first = patients[0];
    const firstParts = first.name.split(' ');
    await table.getByRole('link', { name: new RegExp(`^${firstParts[firstParts.length - 1]}, ${firstParts[0]}`) }).click();
    await page.getByRole('heading', { name: first.name, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/clinic/patients/${first.patientId}`);
    await page.getByRole('heading', { name: 'Active problems' }).waitFor();
    await page.screenshot({ path: '/tmp/galen-web-clinic-patient.png', fullPage: true });
  });

  it('signs the demo admin in to "Console" with the keyboard alone', async () => {
    const page = await openSignIn();
    const { admin } = server.credentials;
    // With the keyboard only: type into each field and press Enter to submit.
    await page.getByLabel('Email').focus();
    await page.keyboard.type(admin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(admin.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Console', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console');
    expect((await page.getByRole('banner').textContent()) ?? '').toContain(admin.name);
    await page.screenshot({ path: '/tmp/galen-web-console-home.png', fullPage: true });
  });

  it('"Sign out" returns to sign-in and ends the session on the server', async () => {
    const page = await openSignIn();
    const patient = server.credentials.patients[1] ?? server.credentials.patients[0];
    await signIn(page, patient.email, patient.password);
    await page.getByRole('heading', { name: 'My health', level: 1 }).waitFor();
    expect(await sessionStatus(page)).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await sessionStatus(page)).toBe(401);

    // Reloading a signed-in address now leads back to sign-in.
    await page.goto('/portal');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});
