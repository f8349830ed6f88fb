/** Encounter classes, types and procedures placed by the generator (SNOMED CT, v3 ActCode). */
import { snomed, system, type Code } from './systems.ts';

export const encounterClass = {
  ambulatory: { system: system.actCode, code: 'AMB', display: 'ambulatory' },
  emergency: { system: system.actCode, code: 'EMER', display: 'emergency' },
  inpatient: { system: system.actCode, code: 'IMP', display: 'inpatient encounter' },
  virtual: { system: system.actCode, code: 'VR', display: 'virtual' },
} as const satisfies Record<string, Code>;

export const encounterTypes = {
  checkUp: snomed('185349003', 'Encounter for check up (procedure)'),
  followUp: snomed('390906007', 'Follow-up encounter (procedure)'),
  symptom: snomed('185345009', 'Encounter for symptom (procedure)'),
  telephone: snomed('185317003', 'Telephone encounter (procedure)'),
  admission: snomed('32485007', 'Hospital admission (procedure)'),
  emergency: snomed('50849002', 'Emergency room admission (procedure)'),
  referral: snomed('3457005', 'Patient referral (procedure)'),
  immunization: snomed('33879002', 'Administration of vaccine to produce active immunity (procedure)'),
} as const satisfies Record<string, Code>;

export const procedures = {
  colonoscopy: snomed('73761001', 'Colonoscopy (procedure)'),
  mammogram: snomed('24623002', 'Screening mammography (procedure)'),
  depressionScreening: snomed('171207006', 'Depression screening (procedure)'),
  spirometry: snomed('127783003', 'Spirometry (procedure)'),
  boneDensity: snomed('312681000', 'Bone density scan (procedure)'),
  ecg: snomed('29303009', 'Electrocardiographic procedure (procedure)'),
  echo: snomed('433236007', 'Transthoracic echocardiography (procedure)'),
  cervicalScreening: snomed('90226004', 'Cytopathology procedure, preparation of smear, genital source (procedure)'),
  chestXray: snomed('399208008', 'Plain chest X-ray (procedure)'),
  medicationReconciliation: snomed('430193006', 'Medication reconciliation (procedure)'),
  kneeXray: snomed('74016001', 'Knee X-ray (procedure)'),
} as const satisfies Record<string, Code>;

export type ProcedureKey = keyof typeof procedures;

/** Note types (LOINC document ontology). */
export const noteTypes = {
  progress: { system: system.loinc, code: '11506-3', display: 'Progress note' },
  telephone: { system: system.loinc, code: '34748-4', display: 'Telephone encounter Note' },
  discharge: { system: system.loinc, code: '18842-5', display: 'Discharge summary' },
  referral: { system: system.loinc, code: '57133-1', display: 'Referral note' },
} as const satisfies Record<string, Code>;
