import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the web app for the browser tests unless dist/web is newer than every web source. */
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const webSources = join(repositoryRoot, 'web');
const builtIndex = join(repositoryRoot, 'dist', 'web', 'index.html');
const viteConfig = join(webSources, 'vite.config.ts');

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

export async function ensureWebBuild(): Promise<void> {
  if (webBuildIsCurrent()) return;
  await build({ configFile: viteConfig, logLevel: 'warn' });
}
