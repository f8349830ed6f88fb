/** Referral letters from primary care to a specialist. */
import type { EncounterRecord, PatientCourse } from '../course-types.ts';
import { activeMedications, activeProblems, latestResult, formatValue } from './facts.ts';
import type { Phrasing } from './phrasing.ts';
import { phi } from './markup.ts';

export function referralLetter(course: PatientCourse, e: EncounterRecord, w: Phrasing): string {
  const referral = e.referral;
  const from = e.practitioner;
  const clinic = from.organization;
  const to = referral?.to;
  const problems = activeProblems(course, e.day).map((p) => `${p.label} (${p.icd10.code})`);
  const meds = activeMedications(course, e.day).map((m) => m.def.noteText);
  const a1c = latestResult(course, 'a1c', e.day);
  const egfr = latestResult(course, 'egfr', e.day);
  const relative = w.pickRelative();
  const lines = [
    w.facility(clinic),
    w.address(clinic.address),
    `Phone ${w.phone(clinic.phone)}  |  Fax ${w.fax(clinic.fax)}`,
    '',
    w.fullDate(e.day),
    '',
    ...(to ? [w.clinician(to, 'full').replace(/^Dr\. /, 'Dr. '), w.facility(to.organization)] : ['Specialist']),
    '',
    `RE: ${w.fullName()}    DOB: ${w.dob()}    ${w.mrnLabel()} ${w.mrn()}`,
    ...(w.rng.chance(0.4) ? [`Insurance member ID: ${phi('ID', course.demographics.insuranceMemberId)}`] : []),
    ...(w.rng.chance(0.1) ? [`SSN: ${w.ssn()}`] : []),
    '',
    to ? `Dear Dr. ${phi('NAME', to.name.family)},` : 'Dear Colleague,',
    '',
    w.rng.pick([
      `Thank you for seeing my patient, ${w.fullName()}, a ${w.ageOn(e.day)}-year-old ${w.manWoman}, for ${referral?.reason ?? 'evaluation'}.`,
      `I am writing to refer ${w.formal()} (${w.ageOn(e.day)} years old) for ${referral?.reason ?? 'evaluation'}.`,
      `I would be grateful if you could see ${w.fullName()} regarding ${referral?.reason ?? 'evaluation'}.`,
    ]),
    referral?.reason === 'screening colonoscopy'
      ? `${w.He} is due for average-risk colorectal cancer screening and prefers colonoscopy. No rectal bleeding, weight loss or change in bowel habits.`
      : `${w.His} ${referral?.reason ?? 'condition'} was ${referral?.condition?.diagnosedInWindow ? `diagnosed on ${w.date(referral.condition.onsetDay)}` : 'diagnosed some years ago'}, and I would value your advice on further management.`,
    ...(a1c && referral?.specialty === 'endocrinology' ? [`Most recent A1c ${formatValue(a1c)} (${w.date(a1c.day)}).`] : []),
    ...(egfr && referral?.specialty === 'nephrology' ? [`Most recent eGFR ${formatValue(egfr)} (${w.date(egfr.day)}).`] : []),
    '',
    `Problem list: ${problems.join('; ') || 'none'}.`,
    `Medications: ${meds.join('; ') || 'none'}.`,
    `Allergies: ${course.allergies.map((a) => a.def.noteName).join(', ') || 'NKDA'}.`,
    '',
    `${w.He} can be reached at ${w.phone(w.mainPhone())}${w.rng.chance(0.5) ? ` or by email at ${w.email()}` : ''}. ${w.His} address is ${w.address()}.`,
    ...(relative && w.rng.chance(0.4) ? [`${w.He} asks that appointments be coordinated with ${w.relative(relative)} at ${w.phone(relative.phone)}.`] : []),
    '',
    'Sincerely,',
    '',
    w.clinician(from, 'signature'),
    w.facility(clinic),
    ...(w.rng.chance(0.5) ? [`${phi('EMAIL', from.email)} | ${phi('URL', clinic.url)}`] : []),
    ...(w.rng.chance(0.2) ? [`cc: ${w.clinician(course.demographics.pcp)}`] : []),
  ];
  return lines.join('\n');
}
