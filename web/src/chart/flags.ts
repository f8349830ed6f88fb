import type { Flag } from '../../../src/clinician/summary.ts';

/**
 * How a result's flag reads on screen. Words, not only colour, carry the meaning (WCAG 1.4.1), so
 * "High" and "Low" are always written out beside the value.
 */
export type FlagTone = 'normal' | 'abnormal' | 'critical' | 'unknown';

export interface FlagDisplay {
  label: string;
  tone: FlagTone;
}

const displays: Record<Flag, FlagDisplay> = {
  normal: { label: 'In range', tone: 'normal' },
  low: { label: 'Low', tone: 'abnormal' },
  high: { label: 'High', tone: 'abnormal' },
  abnormal: { label: 'Abnormal', tone: 'abnormal' },
  'critical-low': { label: 'Critically low', tone: 'critical' },
  'critical-high': { label: 'Critically high', tone: 'critical' },
  unknown: { label: 'No range', tone: 'unknown' },
};

export function flagDisplay(flag: Flag): FlagDisplay {
  return displays[flag] ?? displays.unknown;
}

export function isOutOfRange(flag: Flag): boolean {
  const tone = flagDisplay(flag).tone;
  return tone === 'abnormal' || tone === 'critical';
}
