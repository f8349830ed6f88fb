import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './throttle.ts';

describe('sign-in throttling', () => {
  it('refuses after repeated failures until the window passes, and forgets on success', () => {
    let now = 0;
    const throttle = new SignInThrottle(3, 60_000, () => now);
    const keys = ['account:demo|a@x', 'ip:1.2.3.4'];
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfter(keys)).toBe(0);
      throttle.fail(keys);
    }
    expect(throttle.retryAfter(keys)).toBe(60);
    expect(throttle.retryAfter(['account:demo|other@x'])).toBe(0);
    now = 61_000;
    expect(throttle.retryAfter(keys)).toBe(0);
    throttle.fail(keys);
    throttle.succeed([keys[0]!]);
    expect(throttle.retryAfter([keys[0]!])).toBe(0);
  });
});
