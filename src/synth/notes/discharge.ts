/** Hospital discharge summaries. */
import type { EncounterRecord, PatientCourse } from '../course-types.ts';
import { activeMedications, encounterLabs, formatValue, vitalsLine } from './facts.ts';
import { clockTime } from './clinical-text.ts';
import type { Phrasing } from './phrasing.ts';

const courses: Record<string, string> = {
  hfExacerbation: 'Diuresed with IV furosemide with good urine output and improvement in dyspnea and edema. Transitioned to oral diuretic. Daily weights reviewed; down about 3 kg at discharge.',
  copdExacerbation: 'Treated with nebulized albuterol/ipratropium, prednisone 40 mg daily and doxycycline. Oxygen weaned to room air by day 2.',
  pneumonia: 'Chest X-ray showed a right lower lobe infiltrate. Started on ceftriaxone and azithromycin with defervescence within 48 hours; transitioned to oral antibiotics.',
  cellulitis: 'Started on IV cefazolin with improvement in erythema, which was marked on admission. No abscess on exam. Transitioned to oral cephalexin.',
  chestPain: 'Serial troponins negative x3. ECG without acute ST changes. Stress test without inducible ischemia. Pain felt to be musculoskeletal.',
  afibRvr: 'Rate controlled with IV diltiazem then oral metoprolol. TSH normal. Anticoagulation continued. CHA2DS2-VASc reviewed.',
};

const presentations: Record<string, readonly string[]> = {
  hfExacerbation: ['worsening shortness of breath and leg swelling', 'orthopnea and a weight gain of several kilograms'],
  copdExacerbation: ['increased cough, sputum and shortness of breath', 'wheezing and dyspnea at rest'],
  pneumonia: ['fever, productive cough and pleuritic chest pain', 'fever and cough'],
  cellulitis: ['leg redness, warmth and swelling', 'a spreading red rash on the lower leg with fever'],
  chestPain: ['substernal chest pressure', 'chest tightness at rest'],
  afibRvr: ['palpitations and lightheadedness', 'a racing heartbeat and fatigue'],
};

export function dischargeSummary(course: PatientCourse, e: EncounterRecord, w: Phrasing): string {
  const admission = e.admission;
  const label = admission?.label ?? 'acute illness';
  const relative = w.pickRelative();
  const labs = encounterLabs(e).filter((o) => ['wbc', 'hemoglobin', 'creatinine', 'potassium', 'sodium', 'glucose'].includes(o.quantity?.key ?? ''));
  const meds = activeMedications(course, e.endDay).map((m) => m.def.noteText);
  const followDay = e.endDay + w.rng.int(6, 14);
  const lines = [
    'DISCHARGE SUMMARY',
    w.facility(e.organization),
    '',
    `Patient name: ${w.headerName()}          ${w.mrnLabel()} ${w.mrn()}`,
    `DOB: ${w.dob()}    Age: ${w.ageOn(e.day)}`,
    `Admission date: ${w.fullDate(e.day)}    Discharge date: ${w.fullDate(e.endDay)}`,
    `Attending physician: ${w.clinician(e.practitioner, w.rng.chance(0.5) ? 'full' : 'signature')}`,
    `Primary care: ${w.clinician(course.demographics.pcp)}, ${w.facility(course.demographics.clinic)}`,
    '',
    `Principal diagnosis: ${label} (${admission?.icd10.code ?? 'R69'})`,
    `Secondary diagnoses: ${e.diagnoses.slice(1, 5).map((d) => `${d.label} (${d.icd10.code})`).join('; ') || 'none'}`,
    '',
    'HISTORY OF PRESENT ILLNESS:',
    `${w.subject()} is a ${w.ageOn(e.day)}-year-old ${w.manWoman} who presented to the emergency department at ${clockTime(w.rng)} on ${w.date(e.day)} with ${w.rng.pick(presentations[admission?.key ?? ''] ?? ['fatigue and dyspnea'])}.${relative ? ` ${w.He} was brought in by ${w.relative(relative)}.` : ''}`,
    '',
    'HOSPITAL COURSE:',
    admission ? (courses[admission.key] ?? 'Treated supportively with improvement.') : 'Treated supportively with improvement.',
    `Admission vitals: ${vitalsLine(e)}.`,
    ...(labs.length > 0 ? [`Admission labs: ${labs.map((o) => `${o.quantity?.def.short} ${formatValue(o)}`).join(', ')}.`] : []),
    '',
    'DISCHARGE MEDICATIONS:',
    ...(meds.length > 0 ? meds.map((m, i) => `${i + 1}. ${m}`) : ['None']),
    '',
    `DISPOSITION: Home${relative && w.rng.chance(0.6) ? ` with ${w.relative(relative)}` : ''}. Address on file: ${w.address()}.`,
    `Condition at discharge: ${w.rng.pick(['stable', 'improved', 'good'])}.`,
    '',
    'FOLLOW-UP:',
    `${w.clinician(course.demographics.pcp)} on ${w.date(followDay, ['mdy', 'long', 'monthDay', 'abbrDot'])} at ${w.time(w.rng.int(32, 64) * 15)}; clinic phone ${w.phone(course.demographics.clinic.phone)}.`,
    `Patient contact: ${w.phone(w.mainPhone())}.${w.rng.chance(0.3) ? ` Emergency contact: ${relative ? w.relative(relative) : 'none listed'}${relative ? ` ${w.phone(relative.phone)}` : ''}.` : ''}`,
    '',
    `Dictated by ${w.clinician(e.practitioner, 'signature')} ${w.date(e.endDay, ['mdy', 'mdyShort', 'iso'])} ${w.time(e.endMinute)}`,
  ];
  return lines.join('\n');
}
