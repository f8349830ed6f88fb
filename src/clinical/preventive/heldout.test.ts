import { describe, expect, it } from 'vitest';
import { evaluatePreventiveCare } from './evaluate.ts';
import { heldOutCases } from './heldout-cases.ts';

describe('held-out preventive-care people', () => {
  for (const testCase of heldOutCases) {
    it(testCase.name, () => {
      const items = evaluatePreventiveCare(testCase.profile);
      for (const [id, expected] of Object.entries(testCase.expected)) {
        expect(items.find((i) => i.id === id)?.status, id).toBe(expected);
      }
    });
  }
});
