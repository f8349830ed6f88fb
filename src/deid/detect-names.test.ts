import { describe, expect, it } from 'vitest';
import { detectPhi } from './detect.ts';
import type { KnownIdentifiers, PhiType } from './types.ts';

/** The spans of one type, as the text they cover. */
const found = (text: string, type: PhiType = 'NAME', known?: KnownIdentifiers) =>
  detectPhi(text, { known }).filter((s) => s.type === type).map((s) => s.text);

describe('surnames and given names that are also clinical or note words', () => {
  it.each([
    ['Stable.\nRTC 6 mo.\n-- Jeannie Alvarado', 'Jeannie Alvarado'],
    ['Signed: Akeem Parkinson', 'Akeem Parkinson'],
    ['Refill sent; reminded to schedule follow-up.\n\nJosie Wells, RN', 'Josie Wells'],
    ['Questions answered.\n\nHaleigh Ward', 'Haleigh Ward'],
    ['History of present illness:\nMrs. Le is a 45-year-old woman.', 'Le'],
    ['SUBJECTIVE:\nMr. Ward reports knee pain.', 'Ward'],
    ['Plan reviewed.\n2. Referral to Dr. Graves for thyroid nodule.', 'Graves'],
    ['HPI: Ms. Wells presents with cough.', 'Wells'],
    ['He came with his father, Ed, who helps with medications.', 'Ed'],
    ['He came with his wife Esta.', 'Esta'],
    ['Call from his daughter Grace Webb requesting a refill.', 'Grace Webb'],
    ['SUBJECTIVE:\nNina Boyle (28 y/o F) is seen today for low back pain.', 'Nina Boyle'],
    ['Identity verified.\nNina reports dizziness when standing up.', 'Nina'],
    ['Accompanied today by her son Don.', 'Don'],
    ['HPI: Don Skiles (30 y/o M) is seen today.', 'Don Skiles'],
    ['Callback number: 612-454-1076\n\nBraxton called requesting a refill.', 'Braxton'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it('keeps the same words as clinical terms where nobody is named', () => {
    expect(found("History of Parkinson's disease, on carbidopa-levodopa.")).toEqual([]);
    expect(found('Graves disease on methimazole. Alvarado score 7, appendix not seen.')).toEqual([]);
    expect(found('Wells score 2; GRACE score 110. Transferred to the ward at 0300.')).toEqual([]);
    expect(found('Le realizan una ecografía. Alta a domicilio.')).toEqual([]);
    expect(found('ED visit last week. LE edema 1+. OR time 2 h.')).toEqual([]);
  });

  it('reads "Don" and "D." before a given name as the Spanish title, outside the name', () => {
    expect(found('Acude con D. Pedro Ruiz y Don Juan Pérez.')).toEqual(['Pedro Ruiz', 'Juan Pérez']);
    expect(found('History:\nRodger D. Funk is a 27-year-old man.')).toEqual(['Rodger D. Funk']);
  });
});

describe('header lines and surnames with particles', () => {
  it('takes the name on a header line before the record identifiers', () => {
    expect(found('Valley Family Medicine - Clinic Note\nReed Brown | MRN # 23827326 | Visit Apr. 20, 2020')).toEqual(['Reed Brown']);
    expect(found('Clinic Note\nHope De la Cruz | MR# 55801531 | Visit 16 Sep 2024')).toEqual(['Hope De la Cruz']);
  });

  it('keeps particles with the surname in capitals and after a given name', () => {
    expect(found('PROGRESS NOTE\nPatient: DE LA CRUZ, SYDNIE    DOB: 1993-03-18')).toEqual(['DE LA CRUZ, SYDNIE']);
    expect(found('PROGRESS NOTE\nPatient: ST. CLAIR, SABINA    DOB: 1993-03-18')).toEqual(['ST. CLAIR, SABINA']);
    expect(found('Patient: LE, KATE   MRN: 1234567')).toEqual(['LE, KATE']);
    expect(found('Seen with Sabina St. Clair today.')).toEqual(['Sabina St. Clair']);
  });

  it('leaves a saint in a facility name to the facility', () => {
    const text = 'Visit at St. Anne Family Medicine - Eastside today.';
    expect(found(text)).toEqual([]);
    expect(found(text, 'LOCATION')).toEqual(['St. Anne Family Medicine - Eastside']);
  });

  it('reads a clinician on a signature line and before a credential, not a town', () => {
    const text = 'Scheduled appointment with Ariane Mills, PA-C.\n\nAriane Mills, PA-C';
    expect(found(text)).toEqual(['Ariane Mills', 'Ariane Mills']);
    expect(found(text, 'LOCATION')).toEqual([]);
    expect(found('Seen in Boston, MA 02115 last year.', 'LOCATION')).toEqual(['Boston']);
    expect(found('Seen in Boston, MA 02115 last year.')).toEqual([]);
  });
});

describe('a name found once is found where the note repeats it', () => {
  it('marks the other mentions, also of ordinary words', () => {
    const text = 'Caller: Wade Field   Callback number: (503) 685-8523\n\nWade Field called requesting a refill.';
    expect(found(text)).toEqual(['Wade Field', 'Wade Field']);
  });

  it('does not repeat a name into an eponym or into the note\'s own vocabulary', () => {
    expect(found('Seen by Dr. Bell today. Remote Bell palsy, resolved.')).toEqual(['Bell']);
    expect(found('Médico: Nicolás Yanine Montaner Departamento de Cirugía.\nSe presenta en el Servicio de Cirugía Maxilofacial.')).not.toContain('Cirugía');
  });
});

describe("the record's own names", () => {
  it('matches a name part that is also a word only where it names the person', () => {
    expect(found('History of present illness:\nMrs. Le is here with her son.', 'NAME', { names: ['Minh Le'] })).toEqual(['Le']);
    expect(found('Tried remedies with little relief.', 'NAME', { names: ['Alta Little'] })).toEqual([]);
    expect(found('Best regards,\nClinic staff', 'NAME', { names: ['Jon Best'] })).toEqual([]);
  });

  it('leaves a facility name alone when it holds a patient\'s name', () => {
    const text = 'Valley Family Medicine - Oak Park - Clinic Note';
    expect(found(text, 'NAME', { names: ['Ji-woo Park'] })).toEqual([]);
    expect(found('St. Anne Family Medicine - Westfield', 'NAME', { names: ['Anne Sabina St. Clair'] })).toEqual([]);
  });
});

describe('names of many origins in general text', () => {
  it.each([
    ['Seen with Oksana Kovalenko, Kwame Mensah and Sipho Dlamini.', ['Oksana Kovalenko', 'Kwame Mensah', 'Sipho Dlamini']],
    ['Discussed with Tomasz Wiśniewski and Łukasz Dąbrowski today.', ['Tomasz Wiśniewski', 'Łukasz Dąbrowski']],
    ['Interpreter Oluwaseun Adeyemi present; spoke with Hiroshi Tanaka.', ['Oluwaseun Adeyemi', 'Hiroshi Tanaka']],
    ['The killers of Wisława Szczepańska were sentenced.', ['Wisława Szczepańska']],
    ["What's your name? Sigurlaug Karlsdóttir", ['Sigurlaug Karlsdóttir']],
  ])('%s', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it('finds the names of a list when most of its items are names', () => {
    expect(found('The brainchild of our founders: Morrison, Rogers and Torres.')).toEqual(['Morrison', 'Rogers', 'Torres']);
    expect(found('Discussed with Smith, Jones and Brown.')).toEqual(['Smith', 'Jones', 'Brown']);
  });

  it('finds a name given in an introduction, in any case', () => {
    expect(found('can you update my credit card? my name is lena andersson.')).toEqual(['lena andersson']);
    expect(found("I'm Annemette Iversen, originally from Denmark.")).toEqual(['Annemette Iversen']);
  });

  it('finds a speaker of dialogue and a name before what people do', () => {
    expect(found('Nicole: Remember me? When I kissed you.')).toEqual(['Nicole']);
    expect(found('Leif, can I please speak to your boss?')).toEqual(['Leif']);
    expect(found('Jennifer is a very sympathetic person.')).toEqual(['Jennifer']);
  });
});

describe('clinical words that look like names stay clinical', () => {
  it.each([
    'Positive Murphy sign, negative Babinski and Romberg.',
    'Hgb, Plt and Cr stable; Lasix, Coumadin and Keppra continued.',
    'Anticardiolipina IgM 24 e IgG 21; SatO2 90%, pO2 50.',
    'Se realizó técnica de McIndoe; rotura de la cápsula de Bowman.',
    'Serología de virus de Epstein Barr negativa; líquido en fondo de saco de Douglas.',
    "I'm so tired. Name: ____",
    'Foley was removed. Swan-Ganz catheter placed.',
    'Arnold Chiari malformation type I. Ivor Lewis esophagectomy in 2019.',
    'Visual field (Humphrey 30-2) normal.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
