import { describe, expect, it } from 'vitest';
import type { PanelRow } from '../api/clinician.ts';
import { formatSeconds, metricFigures } from './metrics.ts';
import { mergeFilterOptions } from './panelOptions.ts';

describe('metricFigures', () => {
  it('reports the draft figures, with a dash where nothing has been measured yet', () => {
    const empty = metricFigures({ drafts: 0, sent: 0, used: 0, edited: 0, discarded: 0, acceptance: null, meanEditDistance: null, medianSecondsToSend: null });
    expect(empty.find((figure) => figure.label === 'Acceptance')?.value).toBe('—');
    const some = Object.fromEntries(
      metricFigures({ drafts: 4, sent: 3, used: 1, edited: 2, discarded: 1, acceptance: 0.75, meanEditDistance: 41.6, medianSecondsToSend: 95 }).map((figure) => [figure.label, figure.value]),
    );
    expect(some).toMatchObject({ 'Drafts written': '4', 'Used as is': '1', Edited: '2', Discarded: '1', Acceptance: '75 %', 'Mean edit distance': '42 characters', 'Median time to send': '2 min' });
  });

  it('writes durations in the largest sensible unit', () => {
    expect(formatSeconds(42)).toBe('42 s');
    expect(formatSeconds(600)).toBe('10 min');
    expect(formatSeconds(5400)).toBe('1.5 h');
  });
});

describe('mergeFilterOptions', () => {
  it('keeps gaps and flags seen before when the panel is narrowed', () => {
    const row = (gaps: string[], flags: string[]): PanelRow => ({
      patientId: gaps.join(),
      name: 'x',
      careGaps: gaps.map((id) => ({ id, label: id.toUpperCase(), status: 'due', kind: 'preventive' })),
      riskFlags: flags.map((id) => ({ id, label: id.toUpperCase(), source: 'Observation/1' })),
    });
    const first = mergeFilterOptions({ gaps: [], flags: [] }, [row(['b', 'a'], ['f']), row(['c'], [])]);
    expect(first.gaps.map((gap) => gap.id)).toEqual(['a', 'b', 'c']);
    const narrowed = mergeFilterOptions(first, [row(['a'], [])]);
    expect(narrowed.gaps.map((gap) => gap.id)).toEqual(['a', 'b', 'c']);
    expect(narrowed.flags).toEqual([{ id: 'f', label: 'F' }]);
  });
});
