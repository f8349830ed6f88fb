/**
 * Names clinicians use for common labs, vital signs and medicine classes, mapped to the codes and
 * ingredient names found in records (LOINC for observations; ingredient names and stems for
 * medicines, which match RxNorm display names). Written from the LOINC and RxNorm vocabularies.
 */
export interface MeasureTerm {
  label: string;
  /** LOINC codes that carry this measure. */
  codes: string[];
  /** Words and phrases that name it in a question (lower case). */
  names: string[];
}

export const measures: MeasureTerm[] = [
  { label: 'Hemoglobin A1c', codes: ['4548-4', '17856-6', '4549-2'], names: ['a1c', 'hba1c', 'hemoglobin a1c', 'haemoglobin a1c', 'glycated hemoglobin', 'glycohemoglobin'] },
  { label: 'eGFR', codes: ['33914-3', '62238-1', '48642-3', '48643-1', '98979-8', '69405-9'], names: ['egfr', 'gfr', 'glomerular filtration', 'kidney function'] },
  { label: 'Creatinine', codes: ['2160-0', '38483-4'], names: ['creatinine', 'serum creatinine', 'cr'] },
  { label: 'LDL cholesterol', codes: ['18262-6', '13457-7', '2089-1'], names: ['ldl', 'ldl cholesterol', 'ldl-c', 'bad cholesterol'] },
  { label: 'HDL cholesterol', codes: ['2085-9'], names: ['hdl', 'hdl cholesterol', 'good cholesterol'] },
  { label: 'Total cholesterol', codes: ['2093-3'], names: ['total cholesterol', 'cholesterol'] },
  { label: 'Triglycerides', codes: ['2571-8'], names: ['triglycerides', 'triglyceride', 'tg'] },
  { label: 'Glucose', codes: ['2345-7', '2339-0', '1558-6'], names: ['glucose', 'blood sugar', 'fasting glucose', 'sugar'] },
  { label: 'Potassium', codes: ['2823-3', '6298-4'], names: ['potassium', 'k+'] },
  { label: 'Sodium', codes: ['2951-2', '2947-0'], names: ['sodium', 'na'] },
  { label: 'TSH', codes: ['3016-3', '11580-8'], names: ['tsh', 'thyroid stimulating hormone', 'thyroid test'] },
  { label: 'Hemoglobin', codes: ['718-7'], names: ['hemoglobin', 'haemoglobin', 'hgb', 'hb'] },
  { label: 'White blood cells', codes: ['6690-2', '26464-8'], names: ['wbc', 'white count', 'white blood cells', 'white cell count', 'leukocytes'] },
  { label: 'Platelets', codes: ['777-3', '26515-7'], names: ['platelets', 'platelet count', 'plt'] },
  { label: 'ALT', codes: ['1742-6', '1743-4'], names: ['alt', 'alanine aminotransferase', 'sgpt'] },
  { label: 'AST', codes: ['1920-8'], names: ['ast', 'aspartate aminotransferase', 'sgot'] },
  { label: 'Urine albumin/creatinine ratio', codes: ['9318-7', '14959-1', '14958-3', '32294-1'], names: ['uacr', 'acr', 'urine albumin', 'microalbumin', 'albumin creatinine ratio', 'albumin/creatinine'] },
  { label: 'Vitamin D', codes: ['1989-3', '62292-8'], names: ['vitamin d', '25-oh vitamin d', '25 hydroxy vitamin d'] },
  { label: 'PSA', codes: ['2857-1', '35741-8'], names: ['psa', 'prostate specific antigen'] },
  { label: 'Systolic blood pressure', codes: ['8480-6'], names: ['systolic', 'blood pressure', 'bp'] },
  { label: 'Diastolic blood pressure', codes: ['8462-4'], names: ['diastolic'] },
  { label: 'Heart rate', codes: ['8867-4'], names: ['heart rate', 'pulse', 'hr'] },
  { label: 'Body mass index', codes: ['39156-5'], names: ['bmi', 'body mass index'] },
  { label: 'Body weight', codes: ['29463-7'], names: ['weight', 'body weight'] },
];

export interface MedicineClass {
  label: string;
  names: string[];
  /** Ingredient names and name stems (matched at word starts/ends) of the class's members. */
  members: RegExp;
}

export const medicineClasses: MedicineClass[] = [
  { label: 'statin', names: ['statin', 'statins', 'cholesterol medicine', 'cholesterol medication'], members: /\b(atorvastatin|simvastatin|rosuvastatin|pravastatin|lovastatin|pitavastatin|fluvastatin)\b/i },
  { label: 'ACE inhibitor', names: ['ace inhibitor', 'ace-inhibitor', 'acei', 'ace'], members: /\b\w+pril\b/i },
  { label: 'ARB', names: ['arb', 'angiotensin receptor blocker'], members: /\b\w+sartan\b/i },
  { label: 'beta blocker', names: ['beta blocker', 'beta-blocker', 'betablocker'], members: /\b\w+olol\b|\bcarvedilol\b|\blabetalol\b/i },
  { label: 'calcium channel blocker', names: ['calcium channel blocker', 'ccb'], members: /\b\w+dipine\b|\bdiltiazem\b|\bverapamil\b/i },
  { label: 'diuretic', names: ['diuretic', 'water pill', 'thiazide', 'loop diuretic'], members: /\b(hydrochlorothiazide|chlorthalidone|indapamide|furosemide|bumetanide|torsemide|spironolactone|eplerenone)\b/i },
  { label: 'metformin', names: ['metformin'], members: /\bmetformin\b/i },
  { label: 'insulin', names: ['insulin'], members: /\binsulin\b/i },
  { label: 'SGLT2 inhibitor', names: ['sglt2', 'sglt-2', 'sglt2 inhibitor', 'gliflozin'], members: /\b\w+gliflozin\b/i },
  { label: 'GLP-1 receptor agonist', names: ['glp-1', 'glp1', 'glp-1 agonist'], members: /\b(semaglutide|liraglutide|dulaglutide|exenatide|tirzepatide|lixisenatide)\b/i },
  { label: 'anticoagulant', names: ['anticoagulant', 'anticoagulation', 'blood thinner', 'doac', 'noac'], members: /\b(warfarin|apixaban|rivaroxaban|dabigatran|edoxaban|enoxaparin|heparin)\b/i },
  { label: 'antiplatelet', names: ['antiplatelet', 'aspirin', 'clopidogrel'], members: /\b(aspirin|clopidogrel|prasugrel|ticagrelor)\b/i },
  { label: 'levothyroxine', names: ['levothyroxine', 'thyroid medicine', 'synthroid'], members: /\blevothyroxine\b/i },
  { label: 'inhaled corticosteroid or bronchodilator', names: ['inhaler', 'inhalers'], members: /\b(albuterol|fluticasone|budesonide|salmeterol|formoterol|tiotropium|ipratropium|mometasone|beclomethasone)\b/i },
  { label: 'SSRI or SNRI', names: ['ssri', 'snri', 'antidepressant'], members: /\b(sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|desvenlafaxine)\b/i },
  { label: 'opioid', names: ['opioid', 'opioids', 'narcotic'], members: /\b(oxycodone|hydrocodone|morphine|fentanyl|tramadol|hydromorphone|codeine|methadone|buprenorphine)\b/i },
];

/** The classes that count as blood-pressure treatment (PCE/PREVENT "treated hypertension"). */
export const antihypertensiveClasses = ['ACE inhibitor', 'ARB', 'beta blocker', 'calcium channel blocker', 'diuretic'];

/** Whether a medication's text names a member of any of the given classes. */
export function inMedicineClass(text: string, labels: string[]): boolean {
  return medicineClasses.some((c) => labels.includes(c.label) && c.members.test(text));
}
