import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Helpers shared by the browser tests: a fresh signed-in page per person, at a chosen screen size. */
export const desktop = { width: 1280, height: 900 };
export const phone = { width: 375, height: 740 };

export interface Account {
  email: string;
  password: string;
}

export async function signedInPage(
  browser: Browser,
  contexts: BrowserContext[],
  options: { url: string; institution: string; account: Account; home: string; viewport?: { width: number; height: number } },
): Promise<Page> {
  const context = await browser.newContext({ baseURL: options.url, viewport: options.viewport ?? desktop });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Institution').fill(options.institution);
  await page.getByLabel('Email').fill(options.account.email);
  await page.getByLabel('Password').fill(options.account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: options.home, level: 1 }).waitFor();
  return page;
}

/** True when the page is wider than its viewport, i.e. a phone user would have to scroll sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
