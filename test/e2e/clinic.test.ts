import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { deployTestRiskModel, startDemoServer } from '../../src/server/testing.ts';
import { launchBrowser } from './browser.ts';
import { phone, scrollsSideways, signedInPage } from './pages.ts';
import { ensureWebBuild } from './webBuild.ts';

/**
 * The clinician workspace end to end: the panel, a chart summary whose statements open their FHIR
 * source, chart questions, a calculator completed by hand, and an in-basket message answered from
 * its AI draft, which the patient then reads in the portal. Screenshots go to /tmp/galen-web-clinic-*.png.
 */
let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await ensureWebBuild();
  [server, browser] = await Promise.all([startDemoServer({ patients: 2 }), launchBrowser()]);
  await deployTestRiskModel(server.services, server.credentials.institution);
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

function clinicianPage(viewport?: { width: number; height: number }): Promise<Page> {
  const { institution, clinician } = server.credentials;
  return signedInPage(browser, contexts, { url: server.url, institution, account: clinician, home: 'Clinic', viewport });
}

function patientPage(index: number): Promise<Page> {
  const { institution, patients } = server.credentials;
  return signedInPage(browser, contexts, { url: server.url, institution, account: patients[index], home: 'My health' });
}

async function openChart(page: Page, name: string): Promise<void> {
  await page.getByRole('table', { name: 'Patients in the panel' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

describe('clinician workspace', () => {
  it('lists the panel with care gaps, filters it by name and care gap, and sorts it', async () => {
    const page = await clinicianPage();
    const table = page.getByRole('table', { name: 'Patients in the panel' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(server.credentials.patients.length);
    await page.screenshot({ path: '/tmp/galen-web-clinic-panel.png', fullPage: true });

    const [first, second] = server.credentials.patients;
    await page.getByLabel('Name').fill(second.name.split(' ')[1]);
    await page.getByText('1 patient match').waitFor();
    expect(await rows.allTextContents()).toEqual([expect.stringContaining(second.name)]);
    await page.getByLabel('Name').fill('');
    await page.getByText(`${server.credentials.patients.length} patients ·`).waitFor();

    // Filtering by a care gap keeps only patients that have it.
    const gapOption = (await page.getByLabel('Care gap').locator('option').allTextContents())[1];
    await page.getByLabel('Care gap').selectOption({ label: gapOption });
    await page.getByText(/patients? match/).waitFor();
    for (const text of await rows.allTextContents()) expect(text).toMatch(/open/);

    await page.getByLabel('Care gap').selectOption({ label: 'Any' });
    await page.getByLabel('Sort by').selectOption('name');
    await page.getByText('sorted by name (a–z)').waitFor();
    const names = (await table.locator('tbody th a').allTextContents()).map((name) => name.trim());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain(first.name);
  });

  it('opens a chart whose statements link to their FHIR source, with trend charts and chart questions', async () => {
    const page = await clinicianPage();
    const patient = server.credentials.patients[0];
    await openChart(page, patient.name);
    for (const heading of ['Active problems', 'Medications', 'Allergies', 'Labs', 'Vital signs', 'Care gaps', 'Risk models']) {
      await page.getByRole('heading', { name: heading, level: 2 }).first().waitFor();
    }
    // The deployed model's risk for this patient, with what moved it.
    const models = page.getByRole('region', { name: 'Risk models' });
    await models.getByText('estimated risk').waitFor();
    expect(await models.textContent()).toMatch(/test-risk[\s\S]*\d+(\.\d)?%[\s\S]*Moved most by/);
    const labs = page.getByRole('table', { name: /^Labs:/ });
    expect(await labs.locator('svg.sparkline').count()).toBeGreaterThan(0);
    expect(await labs.locator('.flag').count()).toBe(await labs.locator('tbody tr').count());
    await page.screenshot({ path: '/tmp/galen-web-clinic-chart.png', fullPage: true });

    // A chart question is answered from the record, citing the resource.
    await page.getByLabel('Question about this chart').fill('When was the last A1c?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const answer = page.locator('.chart-answer');
    await answer.waitFor();
    expect(await answer.locator('.chart-answer-text').textContent()).toMatch(/A1c/i);
    expect(await answer.getByRole('link').count()).toBeGreaterThan(0);

    // Following a statement's link shows the resource it came from.
    const problems = page.locator('section', { has: page.getByRole('heading', { name: 'Active problems' }) });
    const problem = problems.locator('a.source-link').first();
    const problemText = ((await problem.textContent()) ?? '').trim();
    await problem.click();
    await page.getByRole('heading', { name: 'Record entry', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/clinic\/source\/Condition\//);
    const entry = page.locator('.resource-view');
    await entry.waitFor();
    expect(((await entry.textContent()) ?? '').toLowerCase()).toContain(problemText.toLowerCase());
    expect(await entry.locator('pre').last().textContent()).toContain('"resourceType": "Condition"');
    await page.screenshot({ path: '/tmp/galen-web-clinic-source.png', fullPage: true });
    await page.goBack();
    await page.getByRole('heading', { name: patient.name, level: 1 }).waitFor();
  });

  it('fills calculators from the chart, says where each input came from, and runs one with a typed-in value', async () => {
    const page = await clinicianPage();
    const patient = server.credentials.patients[0];
    await openChart(page, patient.name);
    await page.getByRole('link', { name: 'Calculators' }).click();
    await page.getByRole('heading', { name: /Body-mass index/, level: 2 }).waitFor();
    const bmi = page.locator('section', { has: page.getByRole('heading', { name: /Body-mass index/ }) });
    expect(await bmi.locator('.interpretation').textContent()).toMatch(/BMI \d/);
    expect(await bmi.getByRole('link', { name: 'Observation' }).count()).toBeGreaterThan(0);
    expect(await bmi.locator('.citation').textContent()).toMatch(/World Health Organization.*\(2000\)/);

    // The Pooled Cohort Equations need race, which the chart does not hold: the clinician supplies it.
    const pce = page.locator('section', { has: page.getByRole('heading', { name: /Pooled Cohort/ }) });
    await pce.getByLabel('Race').selectOption('white');
    await pce.getByRole('button', { name: 'Calculate' }).click();
    await pce.locator('.interpretation').waitFor();
    expect(await pce.locator('.figures').textContent()).toMatch(/10-year ASCVD risk\s*\d+\.\d %/);
    expect(await pce.locator('.inputs-table').textContent()).toMatch(/entered by clinician/);
    expect(await pce.locator('.citation').textContent()).toMatch(/2013|2014/);
    await page.screenshot({ path: '/tmp/galen-web-clinic-calculators.png', fullPage: true });
  });

  it('answers an in-basket message from its AI draft, which the patient then reads in the portal', async () => {
    // The patient writes to the care team from the portal.
    const patientIndex = 1;
    const question = 'My blood pressure readings at home have been around 150 over 95. What should I do?';
    const portal = await patientPage(patientIndex);
    await portal.goto('/portal/messages');
    await portal.getByLabel('Message', { exact: true }).fill(question);
    await portal.getByRole('button', { name: 'Send message' }).click();
    await portal.getByText('Your message was sent.').waitFor();

    const page = await clinicianPage();
    await page.getByRole('navigation', { name: 'Clinic sections' }).getByRole('link', { name: 'In-basket' }).click();
    await page.getByRole('heading', { name: 'In-basket', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'AI drafts: how the team uses them' }).waitFor();
    await page.getByRole('link', { name: new RegExp(question.slice(0, 30)) }).click();
    await page.getByRole('heading', { name: 'Your reply', level: 2 }).waitFor();
    expect(await page.locator('.badge-ai').first().textContent()).toBe('AI draft');
    const reply = page.getByLabel('Reply to the patient');
    const draft = await reply.inputValue();
    expect(draft.length).toBeGreaterThan(20);
    await page.screenshot({ path: '/tmp/galen-web-clinic-message.png', fullPage: true });

    const signature = 'Please book a visit this week so we can recheck it. Dr. Chen';
    await reply.fill(`${draft.trim()}\n\n${signature}`);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Reply sent.', { exact: false }).waitFor();

    // The team's figures count the edited draft.
    await page.getByRole('link', { name: 'Back to the in-basket' }).click();
    const metrics = page.locator('.metrics');
    await metrics.waitFor();
    const figures = Object.fromEntries(
      await metrics.locator('div').evaluateAll((cells) => cells.map((cell) => [cell.querySelector('dt')?.textContent, cell.querySelector('dd')?.textContent])),
    );
    expect(figures['Edited']).toBe('1');
    expect(figures['Mean edit distance']).toMatch(/\d+ characters/);
    await page.screenshot({ path: '/tmp/galen-web-clinic-inbasket.png', fullPage: true });

    await portal.reload();
    await portal.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
    const thread = portal.locator('.thread', { hasText: question });
    await thread.locator('.reply').waitFor();
    expect(await thread.locator('.badge').textContent()).toBe('Answered');
    expect(await thread.locator('.reply').textContent()).toContain(signature);
  });

  it('keeps the chart usable on a phone-sized screen', async () => {
    const page = await clinicianPage(phone);
    await openChart(page, server.credentials.patients[0].name);
    await page.getByRole('heading', { name: 'Labs', level: 2 }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: '/tmp/galen-web-clinic-chart-phone.png', fullPage: true });
  });
});
