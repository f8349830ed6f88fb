import { describe, expect, it } from 'vitest';
import { hasHeldOutRound, loadMisuseSet, loadTriageSet } from './sets.ts';

describe('safety evaluation sets', () => {
  it('gives every dev case its own id, so that scores and errors name one case', () => {
    for (const ids of [loadTriageSet('dev').map((v) => v.id), loadMisuseSet('dev').map((c) => c.id)]) {
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  it('points every reassured rephrasing at a plain vignette of the same level', () => {
    const set = loadTriageSet('dev');
    const byId = new Map(set.map((v) => [v.id, v]));
    for (const v of set.filter((x) => x.variantOf)) expect(byId.get(v.variantOf ?? '')?.level, v.id).toBe(v.level);
  });

  it('reports a held-out round whose files are not there as absent, so that dev can be scored alone', () => {
    expect(hasHeldOutRound(99)).toBe(false);
  });
});
