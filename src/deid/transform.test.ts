import { describe, expect, it } from 'vitest';
import { detectPhi } from './detect.ts';
import { newPatientKey } from './keys.ts';
import { parseDate, shiftFhirDate, shiftParsed } from './shift.ts';
import { redactText, transformText, zip3 } from './transform.ts';

const note = 'Seen by Dr. Sarah Kim on 03/14/2024. Patient Maria Lopez, 93 years old, MRN 4829173, phone 617-555-0142, ' +
  'lives at 12 Oak Street, Springfield, IL 62704; email maria.lopez@example.com. Next visit April 2, 2024.';

describe('redaction', () => {
  it('replaces every span with its typed tag and nothing of the PHI remains', () => {
    const out = redactText(note, detectPhi(note)).text;
    expect(out).toContain('Dr. [NAME]');
    expect(out).toContain('[DATE]');
    for (const secret of ['Sarah', 'Kim', 'Maria', 'Lopez', '4829173', '617-555-0142', 'Oak Street', '62704', 'maria.lopez', '03/14', 'April 2']) {
      expect(out).not.toContain(secret);
    }
  });
});

describe('safe-harbor profile', () => {
  // A fixed key: surrogates are then reproducible, so a chance surrogate equal to a real name cannot flake these tests.
  const key = { secret: '7'.repeat(64), dateOffsetDays: 23, surrogateId: '00000000-0000-4000-8000-000000000002' };
  const out = transformText(note, detectPhi(note), { profile: 'safe-harbor', mode: 'surrogate', key }).text;

  it('keeps only the year of each date', () => {
    expect(out).toContain('on 2024.');
    expect(out).toContain('Next visit 2024.');
    expect(out).not.toMatch(/03\/14|April 2/);
  });

  it('collapses ages over 89 and cuts ZIP codes to three digits', () => {
    expect(out).toContain('90+ years old');
    const plain = 'Age: 94. Lives alone.';
    expect(transformText(plain, detectPhi(plain), { profile: 'safe-harbor', mode: 'redact' }).text).toBe('Age: 90 or older. Lives alone.');
    const yo = 'Ms. Lopez is a 92 y/o woman.';
    expect(transformText(yo, detectPhi(yo), { profile: 'safe-harbor', mode: 'redact' }).text).toContain('90+ y/o');
    expect(out).toContain('IL 627');
    expect(zip3('03601')).toBe('000');
    expect(zip3('89301-1234')).toBe('000');
    expect(zip3('02139')).toBe('021');
    expect(zip3('abc')).toBeNull();
  });

  it('replaces names and contact details with realistic surrogates', () => {
    expect(out).not.toMatch(/Sarah|Kim|Maria|Lopez|4829173|617-555-0142|Oak Street|maria\.lopez/);
    expect(out).toMatch(/Dr\. \p{Lu}\p{L}+/u);
    expect(out).toMatch(/\d{3}-\d{3}-\d{4}/); // the phone keeps its shape
  });

  it('keeps surrogates consistent for one patient and unrelated across patients', () => {
    const a = 'Maria Lopez called. Ms. Lopez agreed.';
    const again = transformText(a, detectPhi(a), { profile: 'safe-harbor', mode: 'surrogate', key }).text;
    const same = transformText(a, detectPhi(a), { profile: 'safe-harbor', mode: 'surrogate', key }).text;
    expect(again).toBe(same);
    // The surname's surrogate (which may itself be several words) is the same wherever it appears.
    const alone = 'Ms. Lopez agreed.';
    const surname = /^Ms\. (.+) agreed\.$/.exec(transformText(alone, detectPhi(alone), { profile: 'safe-harbor', mode: 'surrogate', key }).text)![1]!;
    expect(again).toContain(` ${surname} called.`);
    expect(again).toContain(`Ms. ${surname} agreed.`);
    expect(again).not.toContain('Lopez');
    const other = transformText(a, detectPhi(a), { profile: 'safe-harbor', mode: 'surrogate', key: newPatientKey() }).text;
    expect(other).not.toBe(again);
  });
});

describe('shifted profile', () => {
  it('moves every date of a patient by the same offset, keeping intervals and forms', () => {
    const key = { ...newPatientKey(), dateOffsetDays: 10 };
    const text = 'Admitted 03/14/2024, discharged 2024-03-20; follow-up April 2, 2024; ingresó el 3 de abril de 2019.';
    const out = transformText(text, detectPhi(text), { profile: 'shifted', mode: 'surrogate', key }).text;
    expect(out).toBe('Admitted 03/24/2024, discharged 2024-03-30; follow-up April 12, 2024; ingresó el 13 de abril de 2019.');
  });

  it('reads day-first dates when told to', () => {
    const parsed = parseDate('17/06/2016', 'dmy')!;
    expect(shiftParsed(parsed, 20)).toBe('07/07/2016');
    expect(shiftParsed(parseDate('03/04/2020', 'dmy')!, 1)).toBe('04/04/2020');
  });

  it('shifts FHIR dates with their precision', () => {
    expect(shiftFhirDate('2024-02-28', 2)).toBe('2024-03-01');
    expect(shiftFhirDate('2024-02-28T10:00:00Z', -60)).toBe('2023-12-30T10:00:00Z');
    expect(shiftFhirDate('2024', 30)).toBe('2024');
  });

  it('draws a non-zero random offset within a year and a random key per patient', () => {
    const a = newPatientKey();
    const b = newPatientKey();
    expect(a.dateOffsetDays).not.toBe(0);
    expect(Math.abs(a.dateOffsetDays)).toBeLessThanOrEqual(365);
    expect(a.secret).not.toBe(b.secret);
    expect(a.surrogateId).not.toBe(b.surrogateId);
  });
});
