/** Allergies and intolerances: drug allergies coded by RxNorm ingredient, others by SNOMED CT. */
import { rxnorm, snomed, type Code } from './systems.ts';

export interface AllergyDef {
  code: Code;
  category: 'medication' | 'food' | 'environment';
  /** As written in a note: "penicillin (hives)". */
  noteName: string;
  reaction: Code;
  criticality: 'low' | 'high';
  /** Relative frequency. */
  weight: number;
}

const hives = snomed('126485001', 'Urticaria (disorder)');
const rash = snomed('271807003', 'Eruption of skin (disorder)');
const anaphylaxis = snomed('39579001', 'Anaphylaxis (disorder)');
const cough = snomed('49727002', 'Cough (finding)');
const nausea = snomed('422587007', 'Nausea (finding)');
const rhinitis = snomed('61582004', 'Allergic rhinitis (disorder)');
const angioedema = snomed('41291007', 'Angioedema (disorder)');

export const allergyCatalog: readonly AllergyDef[] = [
  { code: rxnorm('70618', 'penicillin'), category: 'medication', noteName: 'penicillin', reaction: hives, criticality: 'high', weight: 10 },
  { code: rxnorm('10180', 'sulfamethoxazole'), category: 'medication', noteName: 'sulfa', reaction: rash, criticality: 'low', weight: 6 },
  { code: rxnorm('2670', 'codeine'), category: 'medication', noteName: 'codeine', reaction: nausea, criticality: 'low', weight: 3 },
  { code: rxnorm('1191', 'aspirin'), category: 'medication', noteName: 'aspirin', reaction: hives, criticality: 'low', weight: 1.5 },
  { code: rxnorm('29046', 'lisinopril'), category: 'medication', noteName: 'lisinopril', reaction: cough, criticality: 'low', weight: 1.5 },
  { code: rxnorm('2551', 'ciprofloxacin'), category: 'medication', noteName: 'ciprofloxacin', reaction: rash, criticality: 'low', weight: 1 },
  { code: snomed('91935009', 'Allergy to peanuts (finding)'), category: 'food', noteName: 'peanuts', reaction: anaphylaxis, criticality: 'high', weight: 2 },
  { code: snomed('300913006', 'Shellfish allergy (finding)'), category: 'food', noteName: 'shellfish', reaction: angioedema, criticality: 'high', weight: 2 },
  { code: snomed('300916003', 'Latex allergy (finding)'), category: 'environment', noteName: 'latex', reaction: rash, criticality: 'low', weight: 1.5 },
  { code: snomed('424213003', 'Allergy to bee venom (finding)'), category: 'environment', noteName: 'bee stings', reaction: anaphylaxis, criticality: 'high', weight: 1 },
  { code: snomed('418689008', 'Allergy to grass pollen (finding)'), category: 'environment', noteName: 'grass pollen', reaction: rhinitis, criticality: 'low', weight: 3 },
  { code: snomed('232350006', 'House dust mite allergy (finding)'), category: 'environment', noteName: 'dust mites', reaction: rhinitis, criticality: 'low', weight: 2 },
  { code: snomed('232347008', 'Dander (animal) allergy (finding)'), category: 'environment', noteName: 'cat dander', reaction: rhinitis, criticality: 'low', weight: 2 },
];

/** Shown in notes when there are none. */
export const noKnownAllergies = ['NKDA', 'No known drug allergies', 'NKA'] as const;
