import { describe, expect, it } from 'vitest';
import { interpretLab, labCatalog } from './interpret.ts';

describe('interpretLab', () => {
  it.each([
    // [loinc, value, unit, sex, expected flag, expected category pattern]
    ['4548-4', 5.4, '%', 'female', 'normal', /normal/],
    ['4548-4', 6.1, '%', 'male', 'high', /prediabetes/],
    ['4548-4', 7.4, '%', 'female', 'high', /diabetes range/],
    ['1558-6', 112, 'mg/dL', 'male', 'high', /prediabetes/],
    ['1558-6', 45, 'mg/dL', 'male', 'critical', null],
    ['2093-3', 215, 'mg/dL', 'female', 'high', /borderline high/],
    ['13457-7', 195, 'mg/dL', 'male', 'high', /very high/],
    ['2085-9', 45, 'mg/dL', 'female', 'low', null],
    ['2085-9', 45, 'mg/dL', 'male', 'normal', null],
    ['2571-8', 620, 'mg/dL', 'male', 'high', /pancreatitis/],
    ['2160-0', 1.2, 'mg/dL', 'female', 'high', null],
    ['2160-0', 1.2, 'mg/dL', 'male', 'normal', null],
    ['98979-8', 52, 'mL/min/{1.73_m2}', 'male', 'low', /G3a/],
    ['98979-8', 12, 'mL/min/{1.73_m2}', 'male', 'critical', /G5/],
    ['2823-3', 5.4, 'mmol/L', 'female', 'high', null],
    ['2823-3', 6.8, 'mmol/L', 'female', 'critical', null],
    ['2951-2', 131, 'mmol/L', 'male', 'low', null],
    ['3016-3', 7.2, 'mIU/L', 'female', 'high', null],
    ['718-7', 12.5, 'g/dL', 'male', 'low', null],
    ['718-7', 12.5, 'g/dL', 'female', 'normal', null],
    ['6690-2', 13.2, '10*3/uL', 'female', 'high', null],
    ['777-3', 15, '10*3/uL', 'male', 'critical', null],
    ['1742-6', 30, 'U/L', 'female', 'high', null],
    ['1742-6', 30, 'U/L', 'male', 'normal', null],
    ['1920-8', 60, 'U/L', 'male', 'high', null],
    ['9318-7', 45, 'mg/g', 'male', 'high', /A2/],
    ['62292-8', 14, 'ng/mL', 'female', 'low', /inadequate/],
    ['2857-1', 6.2, 'ng/mL', 'male', 'high', null],
  ] as const)('%s = %d %s (%s) is %s', (loinc, value, unit, sex, flag, category) => {
    const result = interpretLab({ loinc, value, unit, sex });
    expect(result.flag).toBe(flag);
    if (category) expect(result.category).toMatch(category);
    expect(result.meaning).toBeTruthy();
    expect(result.source?.year).toBeGreaterThan(2000);
  });

  it('prefers the record’s own reference range', () => {
    const result = interpretLab({ loinc: '2823-3', value: 5.2, unit: 'mmol/L', referenceRange: { low: 3.5, high: 5.1 } });
    expect(result.flag).toBe('high');
    expect(result.range?.basis).toBe('record');
    expect(interpretLab({ loinc: '2823-3', value: 5.2, unit: 'mmol/L' }).flag).toBe('high');
    expect(interpretLab({ loinc: '2823-3', value: 4.9, unit: 'mmol/L' }).range?.basis).toBe('usual-adult');
  });

  it('still flags a critical value when the record’s range is used', () => {
    const result = interpretLab({ loinc: '2823-3', value: 7.0, unit: 'mmol/L', referenceRange: { low: 3.5, high: 5.1 } });
    expect(result.flag).toBe('critical');
    expect(result.direction).toBe('high');
  });

  it('converts common SI units', () => {
    expect(interpretLab({ loinc: '2345-7', value: 2.5, unit: 'mmol/L' }).flag).toBe('critical'); // 45 mg/dL
    expect(interpretLab({ loinc: '2160-0', value: 80, unit: 'µmol/L', sex: 'male' }).flag).toBe('normal'); // 0.90 mg/dL
    expect(interpretLab({ loinc: '4548-4', value: 53, unit: 'mmol/mol' }).category).toMatch(/diabetes range/); // 7.0 %
    expect(interpretLab({ loinc: '62292-8', value: 75, unit: 'nmol/L' }).flag).toBe('normal'); // 30 ng/mL
    expect(interpretLab({ loinc: '718-7', value: 65, unit: 'g/L', sex: 'female' }).flag).toBe('critical'); // 6.5 g/dL
  });

  it('says so when it cannot interpret', () => {
    const unknownTest = interpretLab({ loinc: '99999-9', value: 3 });
    expect(unknownTest.flag).toBe('unknown');
    expect(unknownTest.notes.join(' ')).toMatch(/no usual range/);
    const oddUnit = interpretLab({ loinc: '2345-7', value: 3, unit: 'furlongs' });
    expect(oddUnit.flag).toBe('unknown');
    expect(oddUnit.notes.join(' ')).toMatch(/not one Galen converts/);
  });

  it('does not apply the PSA range to women', () => {
    expect(interpretLab({ loinc: '2857-1', value: 6, unit: 'ng/mL', sex: 'female' }).flag).toBe('unknown');
  });

  it('covers the common adult labs, each with a plain-language meaning and a source', () => {
    const keys = labCatalog.map((lab) => lab.key);
    for (const key of ['hba1c', 'glucose', 'ldl', 'hdl', 'creatinine', 'egfr', 'potassium', 'sodium', 'tsh', 'hemoglobin', 'wbc', 'platelets', 'alt', 'ast', 'uacr', 'vitamin-d', 'psa']) {
      expect(keys).toContain(key);
    }
    for (const lab of labCatalog) {
      expect(lab.meaning.split(/[.!?]/).filter((s) => s.trim()).every((sentence) => sentence.trim().split(/\s+/).length <= 30)).toBe(true);
    }
  });
});
