import { describe, expect, it } from 'vitest';
import { evaluatePreventiveCare, preventiveCareGaps } from './evaluate.ts';
import type { PreventiveProfile, PreventiveStatus } from './types.ts';

const asOf = '2025-03-01';
/** Birth date for someone who is `age` on asOf (birthday a month earlier, so the age is exact). */
const bornAt = (age: number): string => `${2025 - age}-02-01`;
const status = (profile: PreventiveProfile, id: string): PreventiveStatus => {
  const item = evaluatePreventiveCare(profile).find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item.status;
};
const cpt = (code: string, date: string) => ({ system: 'http://www.ama-assn.org/go/cpt', code, date });
const loinc = (code: string, date: string) => ({ system: 'http://loinc.org', code, date });
const cvx = (code: string, date: string) => ({ system: 'http://hl7.org/fhir/sid/cvx', code, date });
const icd10 = (code: string) => ({ system: 'http://hl7.org/fhir/sid/icd-10-cm', code });

describe('age edges (expected outcomes read from each rule’s age range)', () => {
  it.each([
    ['colorectal-cancer-screening', 'male', 44, 'not-applicable'], ['colorectal-cancer-screening', 'male', 45, 'due'],
    ['colorectal-cancer-screening', 'male', 75, 'overdue'], ['colorectal-cancer-screening', 'male', 76, 'not-applicable'],
    ['breast-cancer-screening', 'female', 39, 'not-applicable'], ['breast-cancer-screening', 'female', 40, 'due'],
    ['breast-cancer-screening', 'female', 74, 'overdue'], ['breast-cancer-screening', 'female', 75, 'not-applicable'],
    ['cervical-cancer-screening', 'female', 20, 'not-applicable'], ['cervical-cancer-screening', 'female', 21, 'due'],
    ['cervical-cancer-screening', 'female', 65, 'overdue'], ['cervical-cancer-screening', 'female', 66, 'not-applicable'],
    ['hiv-screening', 'male', 14, 'not-applicable'], ['hiv-screening', 'male', 15, 'due'], ['hiv-screening', 'male', 66, 'not-applicable'],
    ['hepatitis-c-screening', 'female', 17, 'not-applicable'], ['hepatitis-c-screening', 'female', 18, 'due'], ['hepatitis-c-screening', 'female', 80, 'not-applicable'],
    ['anxiety-screening', 'female', 64, 'overdue'], ['anxiety-screening', 'female', 65, 'not-applicable'],
    ['zoster-vaccine', 'male', 49, 'not-applicable'], ['zoster-vaccine', 'male', 50, 'due'],
    ['rsv-vaccine', 'female', 74, 'not-applicable'], ['rsv-vaccine', 'female', 75, 'due'],
    ['hpv-vaccine', 'female', 26, 'due'], ['hpv-vaccine', 'female', 27, 'not-applicable'],
    ['hepatitis-b-vaccine', 'male', 59, 'overdue'], ['hepatitis-b-vaccine', 'male', 60, 'not-applicable'],
    ['pneumococcal-vaccine', 'female', 49, 'not-applicable'], ['pneumococcal-vaccine', 'female', 50, 'due'],
  ] as const)('%s for a %s aged %d is %s', (id, sex, age, expected) => {
    expect(status({ birthDate: bornAt(age), sex, asOf }, id)).toBe(expected);
  });
});

describe('realistic people', () => {
  it('52-year-old man, colonoscopy 6 years ago, FIT never: colorectal up to date until the 10-year mark', () => {
    const items = evaluatePreventiveCare({ birthDate: '1972-06-15', sex: 'male', asOf, history: [cpt('45378', '2019-01-20')] });
    const crc = items.find((i) => i.id === 'colorectal-cancer-screening');
    expect(crc?.status).toBe('up-to-date');
    expect(crc?.lastDone).toBe('2019-01-20');
    expect(crc?.nextDue).toBe('2029-01-20');
  });

  it('60-year-old woman whose last FIT was 14 months ago is due (FIT lasts one year)', () => {
    const profile = { birthDate: '1964-07-01', sex: 'female' as const, asOf, history: [loinc('29771-3', '2024-01-05')] };
    expect(status(profile, 'colorectal-cancer-screening')).toBe('due');
  });

  it('48-year-old woman: mammogram 18 months ago up to date; 3 years ago due; Pap 2 years ago up to date', () => {
    const base = { birthDate: '1977-01-10', sex: 'female' as const, asOf };
    expect(status({ ...base, history: [cpt('77067', '2023-09-01')] }, 'breast-cancer-screening')).toBe('up-to-date');
    expect(status({ ...base, history: [cpt('77067', '2022-02-01')] }, 'breast-cancer-screening')).toBe('overdue');
    expect(status({ ...base, history: [cpt('88175', '2023-03-01')] }, 'cervical-cancer-screening')).toBe('up-to-date');
  });

  it('35-year-old woman: HPV test 4 years ago covers her (5-year interval from 30); at 27 an HPV test alone does not', () => {
    expect(status({ birthDate: '1990-01-01', sex: 'female', asOf, history: [loinc('30167-1', '2021-04-01')] }, 'cervical-cancer-screening')).toBe('up-to-date');
    // Never had cytology since turning 21 in 2019: overdue, the HPV test at 26 notwithstanding.
    expect(status({ birthDate: '1998-01-01', sex: 'female', asOf, history: [loinc('30167-1', '2024-04-01')] }, 'cervical-cancer-screening')).toBe('overdue');
  });

  it('woman after hysterectomy: no cervical screening', () => {
    expect(status({ birthDate: '1975-01-01', sex: 'female', asOf, conditions: [icd10('Z90.710')] }, 'cervical-cancer-screening')).toBe('not-applicable');
  });

  it('lung screening: needs 20 pack-years and a quit within 15 years', () => {
    const base = { birthDate: '1965-01-01', sex: 'male' as const, asOf };
    expect(status({ ...base, smoking: { status: 'current', packYears: 30 } }, 'lung-cancer-screening')).toBe('due');
    expect(status({ ...base, smoking: { status: 'current', packYears: 15 } }, 'lung-cancer-screening')).toBe('not-applicable');
    expect(status({ ...base, smoking: { status: 'former', packYears: 40, quitYear: 2012 } }, 'lung-cancer-screening')).toBe('due');
    expect(status({ ...base, smoking: { status: 'former', packYears: 40, quitYear: 2005 } }, 'lung-cancer-screening')).toBe('not-applicable');
    expect(status({ ...base, smoking: { status: 'current', packYears: 30 }, history: [cpt('71271', '2024-06-01')] }, 'lung-cancer-screening')).toBe('up-to-date');
    expect(status({ ...base, smoking: { status: 'never' } }, 'lung-cancer-screening')).toBe('not-applicable');
    expect(status({ birthDate: '1944-01-01', sex: 'male', asOf, smoking: { status: 'current', packYears: 50 } }, 'lung-cancer-screening')).toBe('not-applicable');
  });

  it('AAA: men 65–75 who ever smoked, once', () => {
    const smoker = { status: 'former' as const, packYears: 10, quitYear: 1990 };
    expect(status({ birthDate: '1955-01-01', sex: 'male', asOf, smoking: smoker }, 'aaa-screening')).toBe('overdue');
    expect(status({ birthDate: '1955-01-01', sex: 'male', asOf, smoking: { status: 'never' } }, 'aaa-screening')).toBe('not-applicable');
    expect(status({ birthDate: '1955-01-01', sex: 'female', asOf, smoking: smoker }, 'aaa-screening')).toBe('not-applicable');
    expect(status({ birthDate: '1955-01-01', sex: 'male', asOf, smoking: smoker, history: [cpt('76706', '2021-05-01')] }, 'aaa-screening')).toBe('up-to-date');
  });

  it('diabetes screening: 35–70 with overweight; not for people already diagnosed', () => {
    const base = { birthDate: '1980-01-01', sex: 'male' as const, asOf };
    expect(status({ ...base, bmi: 28 }, 'diabetes-screening')).toBe('due');
    expect(status({ ...base, bmi: 23.5 }, 'diabetes-screening')).toBe('not-applicable');
    expect(status({ ...base, bmi: 23.5, riskFactors: ['asian-american'] }, 'diabetes-screening')).toBe('due');
    expect(status({ ...base, bmi: 28, history: [loinc('4548-4', '2023-05-01')] }, 'diabetes-screening')).toBe('up-to-date');
    expect(status({ ...base, bmi: 28, conditions: [icd10('E11.9')] }, 'diabetes-screening')).toBe('not-applicable');
  });

  it('statin: 40–75 with a risk factor and 10-year risk ≥ 10 %', () => {
    const base = { birthDate: '1968-01-01', sex: 'male' as const, asOf, conditions: [icd10('I10')] };
    expect(status({ ...base, tenYearCvdRisk: 0.14 }, 'statin-primary-prevention')).toBe('due');
    expect(status({ ...base, tenYearCvdRisk: 0.08 }, 'statin-primary-prevention')).toBe('not-applicable');
    expect(status({ ...base, tenYearCvdRisk: 0.14, medications: [{ system: 'rxnorm', code: '83367' }] }, 'statin-primary-prevention')).toBe('up-to-date');
    expect(status({ ...base, conditions: [icd10('I10'), icd10('I25.10')], tenYearCvdRisk: 0.2 }, 'statin-primary-prevention')).toBe('not-applicable');
    expect(status({ birthDate: '1968-01-01', sex: 'male', asOf, tenYearCvdRisk: 0.14 }, 'statin-primary-prevention')).toBe('not-applicable');
  });

  it('osteoporosis: women 65+, or younger postmenopausal women with risk', () => {
    expect(status({ birthDate: '1958-01-01', sex: 'female', asOf }, 'osteoporosis-screening')).toBe('overdue');
    expect(status({ birthDate: '1965-01-01', sex: 'female', asOf, postmenopausal: true }, 'osteoporosis-screening')).toBe('not-applicable');
    expect(status({ birthDate: '1965-01-01', sex: 'female', asOf, postmenopausal: true, smoking: { status: 'current', packYears: 5 } }, 'osteoporosis-screening')).toBe('due');
    expect(status({ birthDate: '1958-01-01', sex: 'female', asOf, history: [cpt('77080', '2024-02-01')] }, 'osteoporosis-screening')).toBe('up-to-date');
  });

  it('pregnant woman: HIV, hepatitis B and Tdap in this pregnancy', () => {
    const profile: PreventiveProfile = { birthDate: '1995-05-05', sex: 'female', asOf, pregnant: true, history: [loinc('56888-1', '2019-01-01'), cvx('115', '2021-03-01')] };
    expect(status(profile, 'hiv-screening')).toBe('due');
    expect(status(profile, 'hepatitis-b-screening')).toBe('due');
    expect(status(profile, 'td-tdap-vaccine')).toBe('due');
    expect(status({ ...profile, history: [cvx('115', '2025-01-15')] }, 'td-tdap-vaccine')).toBe('up-to-date');
  });

  it('tobacco: ask when unknown, counsel current smokers', () => {
    expect(status({ birthDate: '1990-01-01', sex: 'male', asOf }, 'tobacco-cessation')).toBe('due');
    expect(status({ birthDate: '1990-01-01', sex: 'male', asOf, smoking: { status: 'current' } }, 'tobacco-cessation')).toBe('due');
    expect(status({ birthDate: '1990-01-01', sex: 'male', asOf, smoking: { status: 'current' }, history: [cpt('99406', '2024-11-01')] }, 'tobacco-cessation')).toBe('up-to-date');
    expect(status({ birthDate: '1990-01-01', sex: 'male', asOf, smoking: { status: 'never' } }, 'tobacco-cessation')).toBe('up-to-date');
  });

  it('obesity support from BMI 30', () => {
    expect(status({ birthDate: '1990-01-01', sex: 'male', asOf, bmi: 32 }, 'obesity-behavioral-intervention')).toBe('due');
    expect(status({ birthDate: '1990-01-01', sex: 'male', asOf, bmi: 27 }, 'obesity-behavioral-intervention')).toBe('not-applicable');
  });
});

describe('vaccines', () => {
  it('influenza: this season’s dose (from 1 August) counts; last season’s does not', () => {
    expect(status({ birthDate: '1980-01-01', sex: 'female', asOf, history: [cvx('197', '2024-10-02')] }, 'influenza-vaccine')).toBe('up-to-date');
    expect(status({ birthDate: '1980-01-01', sex: 'female', asOf, history: [cvx('197', '2024-03-02')] }, 'influenza-vaccine')).toBe('due');
  });

  it('COVID-19: 65+ need a second dose 6 months after the first', () => {
    const older = { birthDate: '1950-01-01', sex: 'male' as const };
    expect(status({ ...older, asOf: '2024-12-01', history: [cvx('312', '2024-09-15')] }, 'covid-19-vaccine')).toBe('up-to-date');
    expect(status({ ...older, asOf: '2025-04-01', history: [cvx('312', '2024-09-15')] }, 'covid-19-vaccine')).toBe('due');
    expect(status({ birthDate: '1990-01-01', sex: 'male', asOf: '2025-04-01', history: [cvx('312', '2024-09-15')] }, 'covid-19-vaccine')).toBe('up-to-date');
  });

  it('Td/Tdap every 10 years', () => {
    expect(status({ birthDate: '1970-01-01', sex: 'male', asOf, history: [cvx('115', '2016-01-01')] }, 'td-tdap-vaccine')).toBe('up-to-date');
    expect(status({ birthDate: '1970-01-01', sex: 'male', asOf, history: [cvx('113', '2013-01-01')] }, 'td-tdap-vaccine')).toBe('overdue');
  });

  it('zoster: two RZV doses complete the series', () => {
    const base = { birthDate: '1960-01-01', sex: 'female' as const, asOf };
    expect(status({ ...base, history: [cvx('187', '2024-01-01'), cvx('187', '2024-04-01')] }, 'zoster-vaccine')).toBe('up-to-date');
    expect(status({ ...base, history: [cvx('187', '2024-01-01')] }, 'zoster-vaccine')).toBe('due');
    expect(status({ ...base, history: [cvx('121', '2015-01-01')] }, 'zoster-vaccine')).toBe('overdue'); // live zoster (ZVL) does not count
    expect(status({ birthDate: '1990-01-01', sex: 'female', asOf, conditions: [icd10('B20')] }, 'zoster-vaccine')).toBe('due');
  });

  it('pneumococcal: PCV20/21 alone or PCV15 + PPSV23 complete it; 19–49 only with a risk condition', () => {
    const base = { birthDate: '1960-01-01', sex: 'male' as const, asOf };
    expect(status({ ...base, history: [cvx('216', '2023-01-01')] }, 'pneumococcal-vaccine')).toBe('up-to-date');
    expect(status({ ...base, history: [cvx('215', '2023-01-01'), cvx('33', '2024-02-01')] }, 'pneumococcal-vaccine')).toBe('up-to-date');
    expect(status({ ...base, history: [cvx('215', '2023-01-01')] }, 'pneumococcal-vaccine')).toBe('overdue');
    expect(status({ ...base, history: [cvx('33', '2024-09-01')] }, 'pneumococcal-vaccine')).toBe('up-to-date');
    expect(status({ birthDate: '1990-01-01', sex: 'male', asOf, conditions: [icd10('J45.909')] }, 'pneumococcal-vaccine')).toBe('due');
    expect(status({ birthDate: '1990-01-01', sex: 'male', asOf }, 'pneumococcal-vaccine')).toBe('not-applicable');
  });

  it('hepatitis B vaccine: 3 doses, or 2 of Heplisav-B', () => {
    const base = { birthDate: '1990-01-01', sex: 'male' as const, asOf };
    expect(status({ ...base, history: [cvx('189', '2020-01-01'), cvx('189', '2020-02-01')] }, 'hepatitis-b-vaccine')).toBe('up-to-date');
    expect(status({ ...base, history: [cvx('43', '2020-01-01'), cvx('43', '2020-02-01')] }, 'hepatitis-b-vaccine')).toBe('due');
    expect(status({ ...base, history: ['2020-01-01', '2020-02-01', '2020-07-01'].map((d) => cvx('43', d)) }, 'hepatitis-b-vaccine')).toBe('up-to-date');
  });

  it('RSV: 60–74 only at increased risk; a single lifetime dose', () => {
    expect(status({ birthDate: '1960-01-01', sex: 'female', asOf, conditions: [icd10('J44.9')] }, 'rsv-vaccine')).toBe('due');
    expect(status({ birthDate: '1945-01-01', sex: 'female', asOf, history: [cvx('305', '2023-10-01')] }, 'rsv-vaccine')).toBe('up-to-date');
  });

  it('HPV: 2 doses suffice when started before 15', () => {
    expect(status({ birthDate: '2003-01-01', sex: 'male', asOf, history: [cvx('165', '2014-06-01'), cvx('165', '2015-01-01')] }, 'hpv-vaccine')).toBe('up-to-date');
    expect(status({ birthDate: '2003-01-01', sex: 'male', asOf, history: [cvx('165', '2020-06-01'), cvx('165', '2020-08-01')] }, 'hpv-vaccine')).toBe('due');
  });
});

describe('output', () => {
  it('every item carries its rule in words and a dated source; gaps list only due and overdue, overdue first', () => {
    const profile: PreventiveProfile = { birthDate: '1970-01-01', sex: 'female', asOf, bmi: 27, smoking: { status: 'never' } };
    const items = evaluatePreventiveCare(profile);
    expect(items.length).toBeGreaterThanOrEqual(25);
    for (const item of items) {
      expect(item.rule).toMatch(/\b(19|20)\d\d\b/);
      expect(item.source.year).toBeGreaterThanOrEqual(2018);
      expect(['due', 'overdue', 'up-to-date', 'not-applicable']).toContain(item.status);
    }
    const gaps = preventiveCareGaps(profile);
    expect(gaps.every((g) => g.status === 'due' || g.status === 'overdue')).toBe(true);
    expect(gaps.findIndex((g) => g.status === 'due')).toBeGreaterThan(gaps.findLastIndex((g) => g.status === 'overdue'));
  });

  it('ignores record entries dated after the evaluation date and codes from another system', () => {
    expect(status({ birthDate: '1970-01-01', sex: 'female', asOf, history: [cpt('77067', '2026-01-01')] }, 'breast-cancer-screening')).toBe('overdue');
    expect(status({ birthDate: '1970-01-01', sex: 'female', asOf, history: [{ system: 'http://loinc.org', code: '77067', date: '2024-06-01' }] }, 'breast-cancer-screening')).toBe('overdue');
  });

  it('refuses a malformed birth date', () => {
    expect(() => evaluatePreventiveCare({ birthDate: '01/02/1970', sex: 'female', asOf })).toThrow(/YYYY-MM-DD/);
  });
});
