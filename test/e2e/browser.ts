import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/**
 * Launches Debian's Chromium for the browser tests. Nothing is downloaded: playwright-core only
 * drives the browser the system already has (`apt-get install -y chromium`).
 */
export const chromiumPath = process.env.GALEN_CHROMIUM ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium was not found at ${chromiumPath}. Install it with "apt-get install -y chromium" or set GALEN_CHROMIUM.`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
