import { GalenError } from '../errors/index.ts';

/**
 * k-anonymity on quasi-identifiers (year of birth, sex, 3-digit ZIP): records are grouped by equal
 * values, and a record in a group smaller than k could be singled out by someone who knows them.
 */
export interface KAnonymityReport {
  k: number;
  quasiIdentifiers: string[];
  records: number;
  groups: number;
  smallestGroup: number;
  /** Records in groups with fewer than k members. */
  recordsBelowK: number;
  groupsBelowK: number;
}

export function kAnonymity(records: Array<Record<string, string>>, k: number): KAnonymityReport {
  if (!Number.isInteger(k) || k < 1) throw new GalenError('out_of_range', `k must be a positive integer, got ${k}`);
  const quasiIdentifiers = records.length ? Object.keys(records[0]!).sort() : [];
  const groups = new Map<string, number>();
  for (const r of records) {
    const key = JSON.stringify(quasiIdentifiers.map((q) => r[q] ?? ''));
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  let smallest = records.length ? Infinity : 0;
  let below = 0;
  let groupsBelow = 0;
  for (const size of groups.values()) {
    smallest = Math.min(smallest, size);
    if (size < k) { below += size; groupsBelow++; }
  }
  return { k, quasiIdentifiers, records: records.length, groups: groups.size, smallestGroup: smallest, recordsBelowK: below, groupsBelowK: groupsBelow };
}
