import { describe, expect, it } from 'vitest';
import { detectPhi, decodeUtf8 } from './detect.ts';
import type { PhiType } from './types.ts';

/** The spans of one type found in `text`, as their text. */
function found(text: string, type?: PhiType): string[] {
  return detectPhi(text).filter((s) => !type || s.type === type).map((s) => s.text);
}

describe('detectPhi: identifiers with a shape', () => {
  it.each<[string, PhiType, string]>([
    ['Contact: jane.doe+work@mail.example.com today', 'EMAIL', 'jane.doe+work@mail.example.com'],
    ['Portal https://portal.example.org/p/123 for results', 'URL', 'https://portal.example.org/p/123'],
    ['Visit www.example-clinic.com', 'URL', 'www.example-clinic.com'],
    ['Logged in from 192.168.10.24 at night', 'IP', '192.168.10.24'],
    ['SSN 123-45-6789 on file', 'SSN', '123-45-6789'],
    ['social security number 123 45 6789', 'SSN', '123 45 6789'],
    ['MRN: 00482917 admitted', 'MRN', '00482917'],
    ['Medical record number 7734-221', 'MRN', '7734-221'],
    ['NHC: 2569870.', 'MRN', '2569870'],
    ['Policy number: XK-4471902', 'ID', 'XK-4471902'],
    ["Driver's license number is F162823540116", 'ID', 'F162823540116'],
    ['Device serial # SN88213-A4', 'ID', 'SN88213-A4'],
    ['VIN 1HGCM82633A004352 of the car', 'ID', '1HGCM82633A004352'],
    ['NASS: 32 36545121 22.', 'ID', '32 36545121 22'],
    ['Médico: Ana Ruiz NºCol: 28 28 20943.', 'ID', '28 28 20943'],
  ])('%s -> %s', (text, type, value) => {
    expect(found(text, type)).toContain(value);
  });

  it.each([
    'Call (217) 555-0142 after 5',
    'Call 217-555-0142 after 5',
    'Call 217.555.0142 after 5',
    'Call +1 217 555 0142 after 5',
    'Teléfono: 917 27 00 83',
    'Tfno. +34 945007000',
    'móvil 633 349 565',
  ])('phone numbers in every common form: %s', (text) => {
    expect(detectPhi(text).some((s) => s.type === 'PHONE')).toBe(true);
  });

  it('tells a fax number from a phone number by its cue', () => {
    const spans = detectPhi('Tel: 617-555-0100, Fax: 617-555-0199');
    expect(spans.map((s) => s.type)).toEqual(['PHONE', 'FAX']);
  });

  it('finds ZIP codes after a state and after a cue, and Spanish postal codes before the town', () => {
    expect(found('Springfield, IL 62704', 'ZIP')).toEqual(['62704']);
    expect(found('ZIP code is 02139-4307', 'ZIP')).toEqual(['02139-4307']);
    expect(found('C/ Pintor Baeza, 11, 03010 Alicante', 'ZIP')).toEqual(['03010']);
  });

  it('finds ages over 89 and leaves younger ages alone', () => {
    expect(found('A 92-year-old woman', 'AGE')).toEqual(['92']);
    expect(found('Mujer de 95 años', 'AGE')).toEqual(['95']);
    expect(found('aged 101, lives alone', 'AGE')).toEqual(['101']);
    expect(found('A 45-year-old man and an 89 year old woman', 'AGE')).toEqual([]);
  });
});

describe('detectPhi: dates in every common form', () => {
  it.each([
    ['on 03/14/2024 in clinic', '03/14/2024'],
    ['on 3/14/24 in clinic', '3/14/24'],
    ['on 2024-03-14 in clinic', '2024-03-14'],
    ['seen March 14 in clinic', 'March 14'],
    ['seen March 14, 2024 in clinic', 'March 14, 2024'],
    ['seen 14 Mar 2024 in clinic', '14 Mar 2024'],
    ['returns Nov 3 for labs', 'Nov 3'],
    ['surgery on the 3rd of April', 'the 3rd of April'],
    ['fell on Saturday the 12th', 'Saturday the 12th'],
    ['next visit 12/30', '12/30'],
    ['ingresó el 3 de abril de 2019', '3 de abril de 2019'],
    ['en enero de 2007 se reinicia', 'enero de 2007'],
    ['Fecha de ingreso: 17/06/2016.', '17/06/2016'],
    ['desde diciembre-09', 'diciembre-09'],
    ['started in March 2021', 'March 2021'],
  ])('%s', (text, value) => {
    expect(found(text, 'DATE')).toEqual([value]);
  });

  it('leaves a year alone, times, fractions and scores', () => {
    expect(found('Diagnosed in 2019. Dose given at 0300 and at 14:30.', 'DATE')).toEqual([]);
    expect(found('Strength 4/5 in the left arm, murmur 2/6, pain 7/10.', 'DATE')).toEqual([]);
  });
});

describe('detectPhi: names and places', () => {
  it.each([
    ['Seen by Dr. Sarah Kim today.', 'Sarah Kim'],
    ['Mr. Thompson was discharged.', 'Thompson'],
    ["Patient Maureen O'Connell reports pain.", "Maureen O'Connell"],
    ['Daughter Emily at bedside.', 'Emily'],
    ['Her husband, Carlos, called.', 'Carlos'],
    ['Pedro Lopez-Ortiz was admitted.', 'Pedro Lopez-Ortiz'],
    ['Nombre: Pedro.', 'Pedro'],
    ['Apellidos: De Miguel Rivera.', 'De Miguel Rivera'],
    ['Remitido por: Dra. Felicidad Sanantonio Valdearcos', 'Felicidad Sanantonio Valdearcos'],
    ['Case discussed with Will Hartley.', 'Will Hartley'],
  ])('%s', (text, name) => {
    expect(found(text, 'NAME')).toContain(name);
  });

  it('finds street addresses in English and Spanish forms', () => {
    expect(found('Lives at 4821 N Maple Ave, Apt 3B with wife', 'ADDRESS')).toEqual(['4821 N Maple Ave, Apt 3B']);
    expect(found('Domicilio: Calle Carmen Romero, 23, 1D.', 'ADDRESS')).toEqual(['Calle Carmen Romero, 23, 1D']);
    expect(found('Servicio de Urología. Avda. Valdecilla, s/n.', 'ADDRESS')).toEqual(['Avda. Valdecilla, s/n']);
    expect(found('P.O. Box 1182', 'ADDRESS')).toEqual(['P.O. Box 1182']);
  });

  it('finds towns smaller than a state from cues, dictionaries and postal lines', () => {
    expect(found('She lives in Millbrook and works nearby.', 'LOCATION')).toEqual(['Millbrook']);
    expect(found('Moved from Springfield, IL last year.', 'LOCATION')).toContain('Springfield');
    expect(found('Localidad/ Provincia: Las palmas.', 'LOCATION')).toEqual(['Las palmas']);
    expect(found('28007 Madrid', 'LOCATION')).toEqual(['Madrid']);
  });

  it('uses the known patient identifiers, exactly and fuzzily', () => {
    const known = { names: ['Bartholomew Quennell'], mrns: ['55-0192-7'], phones: ['+1 (312) 555-0199'] };
    const text = 'Mr Quenell (sic) called from 312 555 0199; chart 5501927. bartholomew agreed.';
    const spans = detectPhi(text, { known });
    const texts = spans.map((s) => `${s.type}:${s.text}`);
    expect(texts).toContain('NAME:Quenell');
    expect(texts).toContain('PHONE:312 555 0199');
    expect(texts).toContain('MRN:5501927');
    expect(texts).toContain('NAME:bartholomew');
  });
});

describe('detectPhi: clinical terms are not PHI', () => {
  it.each([
    "History of Parkinson's disease and Hodgkin lymphoma.",
    'Apgar 8 and 9. Graves disease on methimazole.',
    'Positive Murphy sign, negative Babinski. Wilson disease excluded.',
    'Bell palsy resolved. Crohn disease in remission.',
    'Lasix 40 mg IV at 0300, Keppra 500 mg BID, Allegra 180 mg daily.',
    'Hgb 10.2, WBC 12.4, K 4.1, Cr 1.3, INR 1.1, troponin <0.01.',
    'BP 132/84, HR 88, RR 16, SpO2 97% on RA, T 37.2.',
    'ICD-10 E11.9 and I10; LOINC 2345-7 and 4548-4; CPT 99214.',
    'Gleason 3+4=7 adenocarcinoma, stage T2N0M0. GCS 15. NYHA class II.',
    'Enfermedad de Crohn y síndrome de Down; carcinoma renal grado 2 de Fuhrman.',
    'Se administró paracetamol 1 g cada 8 horas y omeprazol 20 mg.',
  ])('%s', (text) => {
    expect(detectPhi(text)).toEqual([]);
  });
});

describe('detectPhi: bad input', () => {
  it('returns nothing for empty text and for text without PHI', () => {
    expect(detectPhi('')).toEqual([]);
    expect(detectPhi('Patient reports improved cough. Continue current plan.')).toEqual([]);
  });

  it('does not detect inside text that is already redacted', () => {
    const redacted = 'Seen by Dr. [NAME] on [DATE], MRN [MRN]. Lives in [LOCATION].';
    expect(detectPhi(redacted)).toEqual([]);
  });

  it('handles a 10 MB note and still finds its PHI', () => {
    const block = 'Vitals stable. Continue metoprolol 25 mg BID. Follow up with Dr. Alvarez on 04/02/2024. ';
    const text = block.repeat(Math.floor((10 * 1024 * 1024 - 100) / block.length));
    const spans = detectPhi(text);
    expect(spans.length).toBe(2 * Math.floor((10 * 1024 * 1024 - 100) / block.length));
  });

  it('refuses a note over the size limit with a clear error', () => {
    expect(() => detectPhi('x'.repeat(101), { maxLength: 100 })).toThrow(/limit/);
  });

  it('refuses invalid UTF-8 rather than guessing', () => {
    expect(() => decodeUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toThrow(/UTF-8/);
    expect(decodeUtf8(new TextEncoder().encode('café'))).toBe('café');
  });

  it('offsets match the input text, also with astral characters and CRLF', () => {
    const text = '😀 Note\r\nSeen by Dr. Ana Ruiz on 01/02/2023 📅';
    for (const s of detectPhi(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(found(text)).toEqual(['Ana Ruiz', '01/02/2023']);
  });
});
