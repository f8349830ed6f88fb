import { useSyncExternalStore } from 'react';

/**
 * A small history-API router. The server answers every non-API path with index.html, so
 * `/portal`, `/clinic/...` and `/console` are real addresses that can be bookmarked and reloaded.
 */
const changeEvent = 'galen:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

function currentPath(): string {
  return window.location.pathname;
}

/** The current path; components re-render when it changes. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(changeEvent));
}

/**
 * Matches a path against a pattern such as `/clinic/patients/:id`; returns the decoded
 * parameters, or null when it does not match. A trailing slash is ignored.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const split = (value: string) => value.replace(/\/+$/, '').split('/').filter(Boolean);
  const patternParts = split(pattern);
  const pathParts = split(path);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < patternParts.length; index += 1) {
    const expected = patternParts[index];
    const actual = pathParts[index];
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}
