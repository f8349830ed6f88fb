import { describe, expect, it } from 'vitest';
import { ApiError, errorFromBody, isUnauthenticated } from './client.ts';

describe('errorFromBody', () => {
  it('keeps the title and detail of a problem+json body', () => {
    const error = errorFromBody(401, 'Unauthorized', { type: 'about:blank', title: 'Sign-in required', status: 401, detail: 'No session' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(401);
    expect(error.title).toBe('Sign-in required');
    expect(error.detail).toBe('No session');
    expect(isUnauthenticated(error)).toBe(true);
  });

  it('joins the diagnostics of a FHIR OperationOutcome', () => {
    const error = errorFromBody(403, 'Forbidden', {
      resourceType: 'OperationOutcome',
      issue: [
        { severity: 'error', code: 'forbidden', diagnostics: 'A patient may read only their own record' },
        { severity: 'error', code: 'forbidden', details: { text: 'Patient/p2' } },
      ],
    });
    expect(error.title).toBe('Forbidden');
    expect(error.detail).toBe('A patient may read only their own record; Patient/p2');
    expect(isUnauthenticated(error)).toBe(false);
  });

  it('falls back to the HTTP status text for anything else', () => {
    const error = errorFromBody(502, 'Bad Gateway', '<html>upstream down</html>');
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBeUndefined();
  });
});
