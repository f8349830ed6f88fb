import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the web app for the browser tests unless dist/web is newer than every web source. */
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const webSources = join(repositoryRoot, 'web');
const builtIndex = join(repositoryRoot, 'dist', 'web', 'index.html');
const viteConfig = join(webSources, 'vite.config.ts');
// The browser test files run in parallel workers; one builds while the others wait for it.
const buildLock = join(repositoryRoot, 'dist', '.web-build-lock');
const staleLockMs = 120_000;

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    const modified = entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, modified);
  }
  return newest;
}

function builtAt(): number | undefined {
  try {
    return statSync(builtIndex).mtimeMs;
  } catch {
    return undefined;
  }
}

export function webBuildIsCurrent(): boolean {
  const built = builtAt();
  return built !== undefined && built >= newestModification(webSources);
}

/** Takes the build lock, or returns false when another worker holds it (a lock left by a crashed run expires). */
function tryLock(): boolean {
  mkdirSync(join(repositoryRoot, 'dist'), { recursive: true });
  try {
    mkdirSync(buildLock);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(buildLock).mtimeMs > staleLockMs) rmSync(buildLock, { recursive: true, force: true });
    } catch {
      // Released between the two calls: the next attempt takes it.
    }
    return false;
  }
}

export async function ensureWebBuild(): Promise<void> {
  while (!webBuildIsCurrent()) {
    if (!tryLock()) {
      await sleep(200);
      continue;
    }
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; the tests
    // should exercise what `npm run build:web` ships.
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      if (!webBuildIsCurrent()) await build({ configFile: viteConfig, logLevel: 'warn', mode: 'production' });
    } finally {
      process.env.NODE_ENV = previous;
      rmSync(buildLock, { recursive: true, force: true });
    }
  }
}
