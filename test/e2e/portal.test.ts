import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDemoServer } from '../../src/server/testing.ts';
import type { DemoCredentials } from '../../src/server/testing.ts';
import { launchBrowser } from './browser.ts';
import { desktop, phone, scrollsSideways, signedInPage } from './pages.ts';
import { ensureWebBuild } from './webBuild.ts';

/**
 * The patient portal end to end, in headless Chromium against a demo server: the health summary,
 * the assistant (citations that open their source, the emergency banner, the hand-off to the care
 * team), the preventive-care checklist and messages, on a desktop and on a 375 px phone screen.
 * Screenshots go to /tmp/galen-web-portal-*.png.
 */
let server: { url: string; credentials: DemoCredentials; close(): Promise<void> };
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await ensureWebBuild();
  [server, browser] = await Promise.all([startDemoServer({ patients: 2 }), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

function patientPage(index: number, viewport = desktop): Promise<Page> {
  const patient = server.credentials.patients[index];
  return signedInPage(browser, contexts, { url: server.url, institution: server.credentials.institution, account: patient, home: 'My health', viewport });
}

async function ask(page: Page, question: string): Promise<void> {
  const box = page.getByLabel('Your question');
  await box.fill(question);
  await box.press('Enter');
}

describe('patient portal', () => {
  it('shows my health summary: conditions, medicines, allergies, latest results with flags and meaning, vitals', async () => {
    const page = await patientPage(0);
    const first = server.credentials.patients[0].name.split(' ')[0];
    await page.getByText(`Hello, ${first}.`).waitFor();
    for (const heading of ['My conditions', 'My medicines', 'My allergies', 'My latest test results', 'My vital signs']) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    const results = page.locator('section', { has: page.getByRole('heading', { name: 'My latest test results' }) });
    expect(await results.locator('.result').count()).toBeGreaterThan(0);
    // Every result is flagged in words, and results carry what they measure.
    const flags = await results.locator('.flag').allTextContents();
    expect(flags.length).toBe(await results.locator('.result').count());
    expect(flags.every((flag) => /In range|High|Low|Abnormal|Critically|No range/.test(flag))).toBe(true);
    expect(await results.locator('.result-meaning').count()).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/galen-web-portal-home.png', fullPage: true });
  });

  it('answers a question with numbered citations that open their source, and shows the AI notice', async () => {
    const page = await patientPage(0);
    await page.getByRole('link', { name: 'Ask a question' }).first().click();
    await page.getByRole('heading', { name: 'Ask a question', level: 1 }).waitFor();
    await ask(page, 'What is high blood pressure and how can I lower it?');
    const answer = page.locator('.answer').last();
    await answer.waitFor();
    expect(await answer.locator('.ai-notice').textContent()).toMatch(/written by an AI assistant/);
    const citations = answer.getByRole('button', { name: /^Source \d+:/ });
    expect(await citations.count()).toBeGreaterThan(0);

    await citations.first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('heading', { level: 2 }).waitFor();
    expect(await dialog.getByRole('heading', { name: 'Sources', level: 3 }).count()).toBe(1);
    expect(await dialog.locator('.cited-section').count()).toBe(1);
    await page.screenshot({ path: '/tmp/galen-web-portal-source.png' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.screenshot({ path: '/tmp/galen-web-portal-answer.png', fullPage: true });
  });

  it('puts an emergency first: a red alert with the action, focused, on a phone screen', async () => {
    const page = await patientPage(1, phone);
    await page.goto('/portal/assistant');
    await page.getByRole('heading', { name: 'Ask a question', level: 1 }).waitFor();
    await ask(page, "I have crushing chest pain and my left arm is numb, my wife says it's just indigestion");
    const alert = page.locator('.triage-emergency');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toMatch(/Call 911/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('triage-emergency'))).toBe(true);
    expect(await page.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    // The banner spans the conversation, and the page does not scroll sideways on a phone.
    const [banner, log] = await Promise.all([alert.boundingBox(), page.locator('.chat-log').boundingBox()]);
    expect(banner!.width).toBeGreaterThan(log!.width * 0.85);
    expect(await scrollsSideways(page)).toBe(false);
    // An emergency is not something to send as a message: the hand-off is not offered.
    expect(await page.getByRole('button', { name: 'Ask my care team' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/galen-web-portal-emergency-phone.png', fullPage: true });
  });

  it('hands the conversation off to the care team, and shows it waiting for a reply', async () => {
    const page = await patientPage(1);
    await page.goto('/portal/assistant');
    await page.getByRole('heading', { name: 'Ask a question', level: 1 }).waitFor();
    await ask(page, 'Can I stop taking my medicine?');
    const answer = page.locator('.answer').last();
    await answer.locator('.refusal').waitFor();
    expect(await answer.locator('.refusal-heading').textContent()).toMatch(/care team/);
    await page.getByRole('button', { name: 'Ask my care team' }).click();
    const note = page.getByLabel('Message to your care team');
    expect(await note.inputValue()).toBe('Can I stop taking my medicine?');
    await page.getByRole('button', { name: 'Send to my care team' }).click();
    await page.getByText('Sent to your care team.').waitFor();

    await page.getByRole('link', { name: 'Go to my messages' }).click();
    await page.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
    const thread = page.locator('.thread').first();
    await thread.waitFor();
    expect(await thread.textContent()).toContain('Can I stop taking my medicine?');
    expect(await thread.locator('.badge').textContent()).toBe('Waiting for a reply');
    expect(await thread.locator('summary').textContent()).toMatch(/conversation with the assistant/i);
  });

  it('lists preventive care by status with each rule and its source year, readable on a phone', async () => {
    const page = await patientPage(0, phone);
    await page.getByRole('navigation', { name: 'My health sections' }).getByRole('link', { name: 'Preventive care' }).click();
    await page.getByRole('heading', { name: 'Preventive care', level: 1 }).waitFor();
    const items = page.locator('.checklist-item');
    await items.first().waitFor();
    const first = (await items.first().textContent()) ?? '';
    expect(first).toMatch(/Overdue|Due|Up to date/);
    expect(first).toMatch(/The rule:/);
    expect(first).toMatch(/Source: .*\((19|20)\d\d\)/);
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: '/tmp/galen-web-portal-care-phone.png', fullPage: true });
  });
});
