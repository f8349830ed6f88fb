import { describe, expect, it } from 'vitest';
import { detectPhi } from './detect.ts';
import type { KnownIdentifiers, PhiType } from './types.ts';

/** The spans of one type, as the text they cover. */
const found = (text: string, type: PhiType, known?: KnownIdentifiers) =>
  detectPhi(text, { known }).filter((s) => s.type === type).map((s) => s.text);

describe('name forms and cues', () => {
  it('keeps "Surname, Given" after a field label as one name, in any case, with a final initial', () => {
    expect(found('TELEPHONE ENCOUNTER\nPatient: BECKER, WENDY   MRN: 08609019', 'NAME')).toEqual(['BECKER, WENDY']);
    expect(found('PROGRESS NOTE\nPatient: Holmes, Kaela A.    DOB: 1/13/66', 'NAME')).toEqual(['Holmes, Kaela A.']);
    expect(found('Pt: Ruiz, Mark C.   Med Rec # 05016436', 'NAME')).toEqual(['Ruiz, Mark C.']);
  });

  it('does not join a list of clinicians into one name', () => {
    expect(found('Discussed with Dr. Smith, Dr. Jones and Dr. Brown.', 'NAME')).toEqual(['Smith', 'Jones', 'Brown']);
  });

  it('takes a clinician before a credential as a name, not a town in Maryland', () => {
    const text = 'Signed: Calista White, MD 01/24/2022 11:55 AM';
    expect(found(text, 'NAME')).toEqual(['Calista White']);
    expect(found(text, 'LOCATION')).toEqual([]);
    expect(found('Moved from Baltimore, MD 21201 last year.', 'NAME')).toEqual([]);
  });

  it('finds a given name alone when the age, a relation or an action follows or precedes it', () => {
    expect(found('SUBJECTIVE:\nWendy (45 y/o F) is seen today for follow-up.', 'NAME')).toEqual(['Wendy']);
    expect(found('HPI:\nFreddy is a 74-year-old man with hypertension.', 'NAME')).toEqual(['Freddy']);
    expect(found('Accompanied today by her mother (Amber).', 'NAME')).toEqual(['Amber']);
    expect(found('Identity verified.\nCollin reports a headache since Monday.', 'NAME')).toEqual(['Collin']);
  });

  it('leaves a sentence-opening verb and punctuation out of the name', () => {
    expect(found('Called Kaela A. Holmes with results of labs.', 'NAME')).toEqual(['Kaela A. Holmes']);
  });

  it('knows common romanised names from many communities', () => {
    expect(found('Discussed the plan with Wei Zhang and later Priya Patel.', 'NAME')).toEqual(['Wei Zhang', 'Priya Patel']);
  });
});

describe('eponyms beside names', () => {
  it('reads an eponym surname as a name when its clinical head word is in another sentence', () => {
    expect(found('History from her daughter (Jeanne Becker).\nPrior Colles fracture.', 'NAME')).toEqual(['Jeanne Becker']);
  });

  it('leaves the patient\'s own surname alone where it names a sign or a palsy', () => {
    const known = { names: ['Sonya Bell', 'Kevin Murphy'] };
    expect(found('Remote history of Bell palsy, fully resolved.', 'NAME', known)).toEqual([]);
    expect(found('Abdomen: soft, non-tender, Murphy sign negative.', 'NAME', known)).toEqual([]);
    expect(found('Sonya Bell was seen today.', 'NAME', known)).toEqual(['Sonya Bell']);
  });

  it('leaves imaging words and Spanish eponym phrases alone', () => {
    expect(found('Chest X-ray showed a right lower lobe infiltrate.', 'NAME')).toEqual([]);
    expect(found('Estenosis en relación con esófago de Barrett, se colocó stent.', 'NAME')).toEqual([]);
  });
});

describe('phone and fax forms', () => {
  it('keeps the parenthesis, country code and extension inside the number', () => {
    expect(found('She can be reached at (210) 447-5851.', 'PHONE')).toEqual(['(210) 447-5851']);
    expect(found('Callback number: +1 952 299 7713', 'PHONE')).toEqual(['+1 952 299 7713']);
    expect(found('Office 555-123-4567 ext. 214 or 555.123.4567.', 'PHONE')).toEqual(['555-123-4567 ext. 214', '555.123.4567']);
    expect(found('Callback number: 6512350142', 'PHONE')).toEqual(['6512350142']);
  });

  it('keeps the parenthesis when the number comes from the record', () => {
    const known = { phones: ['+1 210 447 5851'] };
    expect(found('She can be reached at (210) 447-5851.', 'PHONE', known)).toEqual(['(210) 447-5851']);
  });

  it('marks numbers after fax cues as FAX, and does not run a number into the next line', () => {
    const letterhead = 'Phone 7637611238  |  Fax 763-712-6671\n\n26 Dec 2023';
    expect(found(letterhead, 'FAX')).toEqual(['763-712-6671']);
    expect(found(letterhead, 'PHONE')).toEqual(['7637611238']);
    expect(found('P: 555-222-3333  F: 555-222-4444', 'FAX')).toEqual(['555-222-4444']);
    expect(found('Send by facsimile to 555-222-4444.', 'FAX')).toEqual(['555-222-4444']);
  });
});

describe('date and record-number forms', () => {
  it('reads day-month-year stamps whole and leaves the clock time outside', () => {
    expect(found('Date/Time: 13-OCT-2024 2:15 PM', 'DATE')).toEqual(['13-OCT-2024']);
    expect(found('Electronically signed on 2021-11-22 at 9:55 AM', 'DATE')).toEqual(['2021-11-22']);
    expect(found('Signed 01/24/2022 11:55 AM', 'DATE')).toEqual(['01/24/2022']);
  });

  it('keeps a machine timestamp whole', () => {
    expect(found('Date: 1978-04-13 12:20:39', 'DATE')).toEqual(['1978-04-13 12:20:39']);
  });

  it('reads a short month/day after words of when, but not a score', () => {
    expect(found('Symptoms began 4/9. Labs drawn 2/2: glucose 91.', 'DATE')).toEqual(['4/9', '2/2']);
    expect(found('Strength 4/5 in the left leg, grade 2/6 murmur.', 'DATE')).toEqual([]);
  });

  it('reads "Med Rec #" as a medical record number', () => {
    expect(found('Pt: Hand, Nasir  Med Rec # 8474022', 'MRN')).toEqual(['8474022']);
  });
});

describe('facility names', () => {
  it('keeps a facility with its site, and a facility with "and" in its name, as one place', () => {
    expect(found('Location: Riverside Family Medicine - Eastside\n\nSUBJECTIVE:', 'LOCATION')).toEqual(['Riverside Family Medicine - Eastside']);
    expect(found('Dr. Emilie Cook\nRiverside Heart and Vascular Center\n\nRE: Kaela Holmes', 'LOCATION')).toEqual(['Riverside Heart and Vascular Center']);
  });
});

describe('letterheads and contact lines', () => {
  it('reads a street line without a street word, and a town named after a state, before the ZIP', () => {
    const text = 'Northstar Family Medicine - Mill Creek\n15185 Westgate, Oregon City, OR 97068\nPhone 503 836 9338';
    expect(found(text, 'ADDRESS')).toEqual(['15185 Westgate']);
    expect(found(text, 'LOCATION')).toEqual(['Northstar Family Medicine - Mill Creek', 'Oregon City']);
    expect(found(text, 'ZIP')).toEqual(['97068']);
  });

  it('keeps a five-word facility name whole', () => {
    expect(found('Dr. Watson Williams\nCedar Ridge Lung and Sleep Clinic\n\nRE: Jerry Taylor', 'LOCATION')).toEqual(['Cedar Ridge Lung and Sleep Clinic']);
  });

  it('reads "The …" streets after "address is", leaving the town and ZIP to themselves', () => {
    const text = 'His address is 2114 The Willows, Cary, NC 27514.';
    expect(found(text, 'ADDRESS')).toEqual(['2114 The Willows']);
    expect(found(text, 'LOCATION')).toEqual(['Cary']);
    expect(found('Her address is 74 Lime Grove, Garner, NC 27536.', 'ADDRESS')).toEqual(['74 Lime Grove']);
  });

  it('reads ten unbroken digits as a phone number where the sentence is about reaching someone', () => {
    expect(found('Plan coordinated with his wife Ashly at 6517609400.', 'PHONE')).toEqual(['6517609400']);
    expect(found('Contact: his brother, Elwin West, 5034466892.', 'PHONE')).toEqual(['5034466892']);
    expect(found('Glucose 6517609400 mg/dL entered in error.', 'PHONE')).toEqual([]);
  });
});
