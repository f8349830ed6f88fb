import { describe, expect, it } from 'vitest';
import { flagDisplay, isOutOfRange } from './flags.ts';
import { formatMeasurement, formatNumber, rangeText, seriesName } from './labels.ts';

describe('result labels', () => {
  it('uses a short name for known measurements and trims the LOINC name of others', () => {
    expect(seriesName({ code: '2085-9', name: 'Cholesterol in HDL [Mass/volume] in Serum or Plasma' })).toBe('HDL cholesterol');
    expect(seriesName({ code: '0000-0', name: 'Ferritin [Mass/volume] in Serum or Plasma' })).toBe('Ferritin');
    expect(seriesName({ code: '0000-1', name: 'Vitamin D in Serum' })).toBe('Vitamin D');
    expect(seriesName({ code: '0000-2', name: 'Pain score' })).toBe('Pain score');
  });

  it('writes numbers and ranges the way people read them', () => {
    expect(formatNumber(7.4)).toBe('7.4');
    expect(formatNumber(0.123456)).toBe('0.12');
    expect(formatMeasurement(151, 'mg/dL')).toBe('151 mg/dL');
    expect(formatMeasurement(3, '')).toBe('3');
    expect(rangeText({ text: '<=199 mg/dL', high: 199 }, 'mg/dL')).toBe('<=199 mg/dL');
    expect(rangeText({ low: 3.5, high: 5.1 }, 'mmol/L')).toBe('3.5–5.1 mmol/L');
    expect(rangeText({ high: 5.6 }, '%')).toBe('up to 5.6 %');
    expect(rangeText({ low: 60 }, 'mL/min')).toBe('at least 60 mL/min');
    expect(rangeText(undefined, 'mg/dL')).toBeUndefined();
  });

  it('names every flag in words and tells out-of-range ones apart', () => {
    expect(flagDisplay('high')).toEqual({ label: 'High', tone: 'abnormal' });
    expect(flagDisplay('critical-low')).toEqual({ label: 'Critically low', tone: 'critical' });
    expect(isOutOfRange('low')).toBe(true);
    expect(isOutOfRange('critical-high')).toBe(true);
    expect(isOutOfRange('normal')).toBe(false);
    expect(isOutOfRange('unknown')).toBe(false);
  });
});
