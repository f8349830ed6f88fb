/**
 * Medications prescribed for each problem, following first-line choices in public guidance
 * (ACC/AHA hypertension 2017, ADA Standards of Care 2024, ACC/AHA cholesterol 2018, GINA/NHLBI
 * asthma, GOLD 2024, KDIGO 2024, ACC/AHA/HRSA heart failure 2022, ACC/AHA/ACCP/HRS atrial
 * fibrillation 2023, APA depression, ATA hypothyroidism). RxNorm clinical-drug codes where the
 * strength is fixed; the ingredient code otherwise, with the strength in the dosage text.
 */
import { rxnorm, type Code } from './systems.ts';
import type { AcuteKey, ChronicKey } from './conditions.ts';

export interface MedicationDef {
  key: string;
  code: Code;
  /** How it is written in a note, e.g. "lisinopril 10 mg daily". */
  noteText: string;
  /** Sig for dosageInstruction.text. */
  sig: string;
}

const med = (key: string, code: string, display: string, noteText: string, sig: string): MedicationDef => ({
  key,
  code: rxnorm(code, display),
  noteText,
  sig,
});

export const medications = {
  lisinopril: med('lisinopril', '314076', 'lisinopril 10 MG Oral Tablet', 'lisinopril 10 mg daily', 'Take 1 tablet (10 mg) by mouth once daily.'),
  amlodipine: med('amlodipine', '197361', 'amlodipine 5 MG Oral Tablet', 'amlodipine 5 mg daily', 'Take 1 tablet (5 mg) by mouth once daily.'),
  hctz: med('hctz', '310798', 'hydrochlorothiazide 25 MG Oral Tablet', 'HCTZ 25 mg daily', 'Take 1 tablet (25 mg) by mouth every morning.'),
  losartan: med('losartan', '52175', 'losartan', 'losartan 50 mg daily', 'Take 50 mg by mouth once daily.'),
  metformin: med('metformin', '860975', '24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet', 'metformin ER 500 mg twice daily', 'Take 1 tablet (500 mg) by mouth twice daily with meals.'),
  empagliflozin: med('empagliflozin', '1545653', 'empagliflozin', 'empagliflozin 10 mg daily', 'Take 10 mg by mouth once daily in the morning.'),
  glargine: med('glargine', '274783', 'insulin glargine', 'insulin glargine 14 units at bedtime', 'Inject 14 units under the skin at bedtime.'),
  atorvastatin: med('atorvastatin', '83367', 'atorvastatin', 'atorvastatin 40 mg nightly', 'Take 40 mg by mouth once daily at bedtime.'),
  simvastatin: med('simvastatin', '312961', 'simvastatin 20 MG Oral Tablet', 'simvastatin 20 mg nightly', 'Take 1 tablet (20 mg) by mouth at bedtime.'),
  aspirin: med('aspirin', '1191', 'aspirin', 'aspirin 81 mg daily', 'Take 81 mg by mouth once daily.'),
  clopidogrel: med('clopidogrel', '309362', 'clopidogrel 75 MG Oral Tablet', 'clopidogrel 75 mg daily', 'Take 1 tablet (75 mg) by mouth once daily.'),
  nitroglycerin: med('nitroglycerin', '705129', 'nitroglycerin 0.4 MG/ACTUAT Mucosal Spray', 'nitroglycerin 0.4 mg SL spray PRN chest pain', 'Spray 1 dose under the tongue at onset of chest pain; may repeat every 5 minutes, up to 3 doses.'),
  metoprolol: med('metoprolol', '866414', '24 HR metoprolol succinate 100 MG Extended Release Oral Tablet', 'metoprolol succinate 100 mg daily', 'Take 1 tablet (100 mg) by mouth once daily.'),
  furosemide: med('furosemide', '4603', 'furosemide', 'furosemide 40 mg daily', 'Take 40 mg by mouth once daily in the morning.'),
  spironolactone: med('spironolactone', '9997', 'spironolactone', 'spironolactone 25 mg daily', 'Take 25 mg by mouth once daily.'),
  apixaban: med('apixaban', '1364430', 'apixaban', 'apixaban 5 mg twice daily', 'Take 5 mg by mouth twice daily.'),
  warfarin: med('warfarin', '855332', 'warfarin sodium 5 MG Oral Tablet', 'warfarin 5 mg daily (goal INR 2-3)', 'Take 1 tablet (5 mg) by mouth daily or as directed by the anticoagulation clinic.'),
  albuterol: med('albuterol', '745679', '200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler', 'albuterol HFA 2 puffs q4-6h PRN', 'Inhale 2 puffs every 4 to 6 hours as needed for wheeze or shortness of breath.'),
  fluticasone: med('fluticasone', '895994', '120 ACTUAT fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler', 'fluticasone 44 mcg 2 puffs BID', 'Inhale 2 puffs twice daily; rinse mouth after use.'),
  fluticasoneSalmeterol: med('fluticasoneSalmeterol', '896209', '60 ACTUAT fluticasone propionate 0.25 MG/ACTUAT / salmeterol 0.05 MG/ACTUAT Dry Powder Inhaler', 'fluticasone-salmeterol 250/50 1 inhalation BID', 'Inhale 1 puff twice daily.'),
  tiotropium: med('tiotropium', '69120', 'tiotropium', 'tiotropium 18 mcg inhaled daily', 'Inhale the contents of 1 capsule once daily.'),
  sertraline: med('sertraline', '36437', 'sertraline', 'sertraline 50 mg daily', 'Take 50 mg by mouth once daily.'),
  escitalopram: med('escitalopram', '321988', 'escitalopram', 'escitalopram 10 mg daily', 'Take 10 mg by mouth once daily.'),
  bupropion: med('bupropion', '42347', 'bupropion', 'bupropion XL 150 mg daily', 'Take 150 mg by mouth every morning.'),
  levothyroxine: med('levothyroxine', '10582', 'levothyroxine', 'levothyroxine 75 mcg daily', 'Take 75 mcg by mouth every morning on an empty stomach.'),
  acetaminophen: med('acetaminophen', '313782', 'acetaminophen 325 MG Oral Tablet', 'acetaminophen 650 mg q6h PRN', 'Take 2 tablets (650 mg) by mouth every 6 hours as needed for pain; no more than 3,000 mg a day.'),
  naproxen: med('naproxen', '198014', 'naproxen 500 MG Oral Tablet', 'naproxen 500 mg BID with food', 'Take 1 tablet (500 mg) by mouth twice daily with food as needed for pain.'),
  meloxicam: med('meloxicam', '41493', 'meloxicam', 'meloxicam 7.5 mg daily', 'Take 7.5 mg by mouth once daily with food.'),
  ibuprofen: med('ibuprofen', '310965', 'ibuprofen 200 MG Oral Tablet', 'ibuprofen 400 mg q6h PRN', 'Take 2 tablets (400 mg) by mouth every 6 hours as needed with food.'),
  cyclobenzaprine: med('cyclobenzaprine', '21949', 'cyclobenzaprine', 'cyclobenzaprine 5 mg TID PRN', 'Take 5 mg by mouth up to three times daily as needed for muscle spasm.'),
  amoxicillin: med('amoxicillin', '308182', 'amoxicillin 250 MG Oral Capsule', 'amoxicillin 500 mg TID x 10 days', 'Take 2 capsules (500 mg) by mouth three times daily for 10 days.'),
  amoxClav: med('amoxClav', '562251', 'amoxicillin 250 MG / clavulanate 125 MG Oral Tablet', 'amoxicillin-clavulanate BID x 7 days', 'Take 1 tablet by mouth twice daily for 7 days.'),
  azithromycin: med('azithromycin', '18631', 'azithromycin', 'azithromycin 500 mg day 1 then 250 mg daily x 4 days', 'Take 500 mg on day 1, then 250 mg daily on days 2 to 5.'),
  doxycycline: med('doxycycline', '3640', 'doxycycline', 'doxycycline 100 mg BID x 7 days', 'Take 100 mg by mouth twice daily for 7 days.'),
  nitrofurantoin: med('nitrofurantoin', '7454', 'nitrofurantoin', 'nitrofurantoin 100 mg BID x 5 days', 'Take 100 mg by mouth twice daily for 5 days.'),
  cephalexin: med('cephalexin', '2231', 'cephalexin', 'cephalexin 500 mg QID x 7 days', 'Take 500 mg by mouth four times daily for 7 days.'),
  oseltamivir: med('oseltamivir', '260101', 'oseltamivir', 'oseltamivir 75 mg BID x 5 days', 'Take 75 mg by mouth twice daily for 5 days.'),
  benzonatate: med('benzonatate', '1223', 'benzonatate', 'benzonatate 100 mg TID PRN cough', 'Take 100 mg by mouth three times daily as needed for cough.'),
  ondansetron: med('ondansetron', '26225', 'ondansetron', 'ondansetron 4 mg q8h PRN nausea', 'Take 4 mg by mouth every 8 hours as needed for nausea.'),
  prednisone: med('prednisone', '312617', 'prednisone 5 MG Oral Tablet', 'prednisone 40 mg daily x 5 days', 'Take 8 tablets (40 mg) by mouth once daily for 5 days.'),
} as const satisfies Record<string, MedicationDef>;

export type MedicationKey = keyof typeof medications;

/** Long-term regimens: the first entry is usual first-line; later entries are added as the problem progresses. */
export const chronicRegimens: Partial<Record<ChronicKey, readonly (readonly MedicationKey[])[]>> = {
  hypertension: [['lisinopril'], ['amlodipine'], ['hctz'], ['losartan', 'amlodipine']],
  diabetes: [['metformin'], ['metformin', 'empagliflozin'], ['metformin', 'glargine']],
  hyperlipidemia: [['atorvastatin'], ['simvastatin']],
  ckd: [['losartan']],
  cad: [['aspirin', 'atorvastatin', 'nitroglycerin'], ['clopidogrel', 'atorvastatin', 'nitroglycerin']],
  heartFailure: [['furosemide', 'metoprolol'], ['furosemide', 'metoprolol', 'spironolactone']],
  afib: [['apixaban', 'metoprolol'], ['warfarin', 'metoprolol']],
  copd: [['albuterol', 'tiotropium'], ['albuterol', 'fluticasoneSalmeterol']],
  asthma: [['albuterol'], ['albuterol', 'fluticasone']],
  depression: [['sertraline'], ['escitalopram'], ['bupropion']],
  hypothyroidism: [['levothyroxine']],
  osteoarthritis: [['acetaminophen'], ['meloxicam'], ['naproxen']],
};

/** Short courses for acute problems (an empty list means supportive care only). */
export const acuteTreatments: Record<AcuteKey, readonly (readonly MedicationKey[])[]> = {
  bronchitis: [['benzonatate'], []],
  pharyngitis: [[], ['ibuprofen']],
  sinusitis: [[], ['amoxClav']],
  uti: [['nitrofurantoin'], ['cephalexin']],
  lowBackPain: [['naproxen', 'cyclobenzaprine'], ['ibuprofen']],
  ankleSprain: [['ibuprofen'], ['acetaminophen']],
  influenza: [['oseltamivir'], []],
  gastroenteritis: [['ondansetron'], []],
  covid: [[], ['benzonatate']],
  cellulitis: [['cephalexin'], ['doxycycline']],
  pneumonia: [['amoxicillin', 'azithromycin'], ['doxycycline']],
};
