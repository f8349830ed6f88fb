import { describe, expect, it } from 'vitest';
import type { PreventiveItem } from '../../../src/clinical/preventive/types.ts';
import { checklistGroups, sourceLine } from './preventive.ts';

function item(id: string, status: PreventiveItem['status']): PreventiveItem {
  return {
    id,
    service: id,
    kind: 'screening',
    status,
    reason: '',
    lastDone: null,
    nextDue: null,
    rule: '',
    source: { organization: 'USPSTF', title: 'Screening', year: 2021, grade: 'B' },
  };
}

describe('preventive checklist', () => {
  it('puts overdue first, then due, then up to date, and leaves out what does not apply', () => {
    const groups = checklistGroups([item('b', 'due'), item('z', 'up-to-date'), item('x', 'not-applicable'), item('c', 'overdue'), item('a', 'due')]);
    expect(groups.map((group) => [group.status, group.items.map((entry) => entry.id)])).toEqual([
      ['overdue', ['c']],
      ['due', ['a', 'b']],
      ['up-to-date', ['z']],
    ]);
  });

  it('names the source with its year and grade', () => {
    expect(sourceLine(item('a', 'due').source)).toBe('USPSTF, Screening (2021), grade B');
  });
});
