import type { PanelRow, PanelSort } from '../api/clinician.ts';

/** The panel's sort orders, as the clinician reads them. */
export const sortLabels: Record<PanelSort, string> = {
  gaps: 'Most overdue care gaps',
  flags: 'Most risk flags',
  name: 'Name (A–Z)',
  age: 'Oldest first',
  'last-visit': 'Longest since last visit',
};

export interface FilterOption {
  id: string;
  label: string;
}

/**
 * Care gaps and risk flags to filter by, merged with those seen before, so narrowing the panel to one
 * gap does not take the other gaps out of the list.
 */
export function mergeFilterOptions(known: { gaps: FilterOption[]; flags: FilterOption[] }, rows: PanelRow[]): { gaps: FilterOption[]; flags: FilterOption[] } {
  const merge = (current: FilterOption[], seen: FilterOption[]) => {
    const byId = new Map(current.map((option) => [option.id, option]));
    for (const option of seen) if (!byId.has(option.id)) byId.set(option.id, { id: option.id, label: option.label });
    return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label));
  };
  return {
    gaps: merge(known.gaps, rows.flatMap((row) => row.careGaps)),
    flags: merge(known.flags, rows.flatMap((row) => row.riskFlags)),
  };
}
