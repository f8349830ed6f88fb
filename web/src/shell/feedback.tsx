import type { ReactNode } from 'react';
import { ApiError, networkFailure } from '../api/client.ts';

/** Shared loading and error displays, so every page says the same thing the same way. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function explainError(error: Error): string {
  if (error instanceof ApiError) {
    if (error.status === networkFailure) return 'The Galen server could not be reached. Check your connection and try again.';
    if (error.status === 403) return 'Your account is not allowed to see this.';
    if (error.status === 404) return 'This record was not found.';
    return error.detail ?? error.title;
  }
  return error.message;
}

export function ErrorMessage({ title, error, children }: { title: string; error?: Error; children?: ReactNode }) {
  return (
    <div className="message message-error" role="alert">
      <p className="message-title">{title}</p>
      {error && <p>{explainError(error)}</p>}
      {children}
    </div>
  );
}

/** A section of the product that is planned but not yet available. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  const headingId = `soon-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="card card-placeholder" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{children}</p>
      <p className="badge badge-muted">Coming soon</p>
    </section>
  );
}
