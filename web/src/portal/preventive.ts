import type { PreventiveItem } from '../../../src/clinical/preventive/types.ts';

/** The preventive-care checklist: overdue first, then due, then up to date; services that do not apply are left out. */
export type ShownStatus = 'overdue' | 'due' | 'up-to-date';

export const statusLabels: Record<ShownStatus, string> = {
  overdue: 'Overdue',
  due: 'Due',
  'up-to-date': 'Up to date',
};

const order: ShownStatus[] = ['overdue', 'due', 'up-to-date'];

export function checklistGroups(items: PreventiveItem[]): { status: ShownStatus; items: PreventiveItem[] }[] {
  return order
    .map((status) => ({ status, items: items.filter((item) => item.status === status).sort((a, b) => a.service.localeCompare(b.service)) }))
    .filter((group) => group.items.length > 0);
}

/** "U.S. Preventive Services Task Force, Depression … Screening (2023), grade B". */
export function sourceLine(source: PreventiveItem['source']): string {
  return `${source.organization}, ${source.title} (${source.year})${source.grade ? `, grade ${source.grade}` : ''}`;
}
