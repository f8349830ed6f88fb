import { describe, expect, it } from 'vitest';
import { GalenError } from '../errors/index.ts';
import { triageLine } from './triage.ts';

describe('galen triage line handling', () => {
  it('writes id, level and reasons for each input line', () => {
    const out = JSON.parse(triageLine('{"id":"a1","text":"my face is drooping and my speech is slurred"}', 1) ?? '') as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['id', 'level', 'reasons']);
    expect(out.id).toBe('a1');
    expect(out.level).toBe('emergency');
    expect(out.reasons).toEqual([expect.objectContaining({ rule: 'stroke-warning-signs' })]);
  });

  it('uses optional history and patient fields', () => {
    const out = JSON.parse(triageLine('{"id":2,"text":"fever of 38.3","patient":{"ageYears":0.1}}', 1) ?? '') as { level: string };
    expect(out.level).toBe('emergency');
  });

  it('says when the learned safety net raised the level, and can leave it out', () => {
    const line = '{"id":"n1","text":"my grandad went grey and sweaty and says there is a weight pressing on his ribs"}';
    const withNet = JSON.parse(triageLine(line, 1) ?? '') as { level: string; reasons: { rule: string; matched: string }[] };
    expect(withNet.level).toBe('emergency');
    expect(withNet.reasons[0]).toEqual(expect.objectContaining({ rule: 'safety-net-model', matched: expect.stringMatching(/\(model\)/) }));
    const rulesOnly = JSON.parse(triageLine(line, 1, { rulesOnly: true }) ?? '') as { level: string };
    expect(rulesOnly.level).not.toBe('emergency');
  });

  it('skips blank lines and names the line of bad input', () => {
    expect(triageLine('   ', 3)).toBeNull();
    expect(() => triageLine('{not json', 4)).toThrow(GalenError);
    try {
      triageLine('{"id":"x"}', 5);
    } catch (error) {
      expect(error).toBeInstanceOf(GalenError);
      expect((error as GalenError).location).toBe('line 5');
    }
  });
});
