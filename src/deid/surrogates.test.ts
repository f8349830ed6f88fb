import { describe, expect, it } from 'vitest';
import { nameWords, surrogateFor } from './surrogates.ts';

const secret = '3'.repeat(64);

describe('surrogate names', () => {
  it('are never a word of a name to avoid, such as another patient of the same export', () => {
    for (const original of ['Maria Lopez', 'John', 'Okafor', 'Mrs. Nguyen']) {
      const plain = surrogateFor(secret, 'NAME', original);
      const avoided = nameWords([plain]);
      const other = surrogateFor(secret, 'NAME', original, avoided);
      expect(other).not.toBe(plain);
      for (const word of nameWords([other])) expect(avoided.has(word), `${other} for ${original}`).toBe(false);
    }
  });

  it('stay the same for the same original and key', () => {
    const avoid = nameWords(['Laura Smith']);
    expect(surrogateFor(secret, 'NAME', 'Ana Ruiz', avoid)).toBe(surrogateFor(secret, 'NAME', 'Ana Ruiz', avoid));
  });
});
