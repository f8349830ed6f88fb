import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { SessionResponse } from '../../../src/api/index.ts';
import { ApiError, networkFailure, signIn } from '../api/client.ts';
import { useDocumentTitle } from './useAsync.ts';

export const defaultInstitution = 'demo';

/** What to tell someone whose sign-in failed; never which of the three fields was wrong. */
export function signInFailureMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 400) {
      return 'Sign-in failed. Check the institution, email and password, then try again.';
    }
    if (error.status === 429) return 'Too many sign-in attempts. Wait a minute, then try again.';
    if (error.status === networkFailure) return 'The Galen server could not be reached. Check your connection and try again.';
  }
  return 'Sign-in is not available right now. Please try again in a moment.';
}

export function SignInPage({ notice, onSignedIn }: { notice?: string; onSignedIn(session: SessionResponse): void }) {
  useDocumentTitle('Sign in');
  const [institution, setInstitution] = useState(defaultInstitution);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    emailRef.current?.focus();
  }, []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (!institution.trim() || !email.trim() || !password) {
      setError('Enter your institution, email and password.');
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const session = await signIn({ institution: institution.trim(), email: email.trim(), password });
      onSignedIn(session);
    } catch (failure) {
      setError(signInFailureMessage(failure));
      setPassword('');
      setSubmitting(false);
      passwordRef.current?.focus();
    }
  }

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-brand" aria-hidden="true">
          <span className="brand-mark">+</span>
          <span className="brand-name">Galen</span>
        </div>
        <h1>Sign in</h1>
        <p className="lead">Use the account your institution gave you.</p>
        {notice && !error && (
          <p className="message message-info" role="status">
            {notice}
          </p>
        )}
        {error && (
          <div className="message message-error" role="alert" id="sign-in-error">
            {error}
          </div>
        )}
        <form onSubmit={handleSubmit} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
          <div className="field">
            <label htmlFor="sign-in-institution">Institution</label>
            <input
              id="sign-in-institution"
              name="institution"
              autoComplete="organization"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={institution}
              onChange={(event) => setInstitution(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-email">Email</label>
            <input
              id="sign-in-email"
              ref={emailRef}
              name="email"
              type="email"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">Password</label>
            <input
              id="sign-in-password"
              ref={passwordRef}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary button-block" disabled={submitting}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
      <p className="sign-in-footer">Galen keeps your institution's records on your institution's own servers.</p>
    </main>
  );
}
