import { useEffect, useState } from 'react';
import type { DependencyList } from 'react';
import { isUnauthenticated } from '../api/client.ts';
import { useSession } from './session.tsx';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: Error };

/**
 * Loads data for a signed-in page. A 401 ends the session (the shell returns to sign-in);
 * results that arrive after the page moved on are dropped.
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const { expire } = useSession();
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (value) => {
        if (current) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (!current) return;
        if (isUnauthenticated(error)) expire();
        else setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      current = false;
    };
    // The caller's dependency list decides when to reload.
  }, deps);
  return state;
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Galen` : 'Galen';
  }, [title]);
}
