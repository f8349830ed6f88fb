import { describe, expect, it } from 'vitest';
import { ApiError, networkFailure } from '../api/client.ts';
import { signInFailureMessage } from './SignInPage.tsx';

describe('signInFailureMessage', () => {
  it('does not reveal which field was wrong', () => {
    const message = signInFailureMessage(new ApiError(401, 'Unauthorized', 'No such user'));
    expect(message).toMatch(/sign-in failed/i);
    expect(message).not.toContain('No such user');
  });

  it('tells throttled, offline and failing cases apart', () => {
    expect(signInFailureMessage(new ApiError(429, 'Too Many Requests'))).toMatch(/too many/i);
    expect(signInFailureMessage(new ApiError(networkFailure, 'Network error'))).toMatch(/could not be reached/i);
    expect(signInFailureMessage(new ApiError(500, 'Internal error'))).toMatch(/not available/i);
  });
});
