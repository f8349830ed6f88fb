/** Office-visit progress notes: SOAP, problem-oriented and brief narrative layouts. */
import type { EncounterRecord, PatientCourse } from '../course-types.ts';
import { medications } from '../vocabulary/medications.ts';
import { vaccineNoteNames } from '../vocabulary/immunizations.ts';
import { procedures as procedureCodes } from '../vocabulary/encounters.ts';
import type { ChronicKey } from '../vocabulary/conditions.ts';
import { noKnownAllergies } from '../vocabulary/allergies.ts';
import { activeMedications, encounterLabs, formatValue, latestResult, vitalsLine } from './facts.ts';
import { clockTime, examLines, historyMention } from './clinical-text.ts';
import type { Phrasing } from './phrasing.ts';

function reasonFor(e: EncounterRecord, w: Phrasing): string {
  switch (e.kind) {
    case 'wellness':
      return w.rng.pick(['an annual physical', 'a yearly wellness exam', 'a preventive visit and chronic disease review', 'an annual exam']);
    case 'acute':
      return e.acute ? w.rng.pick([`${e.acute.complaint}`, `evaluation of ${e.acute.complaint}`]) : 'an acute concern';
    case 'specialist':
      return `consultation regarding ${e.referral?.reason ?? 'a referral'}`;
    default:
      if (e.related?.kind === 'inpatient') return 'hospital follow-up';
      return `follow-up of ${e.diagnoses
        .slice(0, 3)
        .map((d) => d.label)
        .join(', ') || 'chronic conditions'}`;
  }
}

function allergyText(course: PatientCourse, w: Phrasing): string {
  if (course.allergies.length === 0) return w.rng.pick(noKnownAllergies);
  return course.allergies.map((a) => `${a.def.noteName} (${a.def.reaction.display.replace(/ \((disorder|finding)\)$/, '').toLowerCase()})`).join('; ');
}

function medicationLines(course: PatientCourse, day: number): string[] {
  return activeMedications(course, day).map((m) => m.def.noteText);
}

function hpi(course: PatientCourse, e: EncounterRecord, w: Phrasing): string[] {
  const lines: string[] = [];
  const age = w.ageOn(e.day);
  const opener = w.rng.pick([
    `${w.subject()} is a ${age}-year-old ${w.manWoman} who presents for ${reasonFor(e, w)}.`,
    `${w.subject()} (${age} y/o ${w.patient.sex === 'female' ? 'F' : 'M'}) is seen today for ${reasonFor(e, w)}.`,
    `${age}-year-old ${w.manWoman} here for ${reasonFor(e, w)}.`,
  ]);
  lines.push(opener);
  if (e.acute) {
    const since = e.acuteCondition ? e.acuteCondition.onsetDay : e.day - 3;
    lines.push(
      w.rng.pick([
        `Symptoms started on ${w.date(since)}. ${w.He} reports ${e.acute.complaint}; worse at night, woke at ${clockTime(w.rng)} last night.`,
        `Reports ${e.acute.complaint} since ${w.date(since)}. Has tried over-the-counter remedies with little relief.`,
        `${w.He} has had ${e.acute.complaint} for a few days (since ${w.date(since)}).`,
      ]),
    );
  }
  if (e.related?.kind === 'inpatient' && e.related.admission) {
    lines.push(`Seen after admission to ${w.facility(e.related.organization)} from ${w.date(e.related.day)} to ${w.date(e.related.endDay)} for ${e.related.admission.label}. Feeling stronger; no new symptoms since discharge.`);
  }
  if (e.kind === 'specialist' && e.related) {
    lines.push(`Referred by ${w.clinician(e.related.practitioner)} for ${e.referral?.reason ?? 'evaluation'}.`);
  }
  const a1c = latestResult(course, 'a1c', e.day - 1);
  if (a1c && course.chronic.some((s) => s.def.key === 'diabetes' && s.onsetDay < e.day) && w.rng.chance(0.7)) {
    lines.push(`Last A1c was ${formatValue(a1c)} on ${w.date(a1c.day)}. ${w.rng.pick(['Checks sugars at home, fasting mostly 120s-150s.', 'Reports good adherence to metformin.', 'Admits diet has been inconsistent over the holidays.'])}`);
  }
  const companion = w.pickRelative();
  if (companion && w.rng.chance(0.35)) {
    lines.push(w.rng.pick([`Accompanied today by ${w.relative(companion)}.`, `${w.He} came with ${w.relative(companion)}, who helps with medications.`, `History obtained from the patient and ${w.relative(companion)}.`]));
  }
  if (w.rng.chance(0.25)) lines.push(historyMention(w.rng));
  if (course.smoking === 'current' && w.rng.chance(0.6)) lines.push(`Smokes ${course.smokingDetail.packsPerDay} ppd; counseled on cessation for 3 minutes.`);
  if (course.smoking === 'former' && w.rng.chance(0.3)) lines.push(`Former smoker, quit about ${course.smokingDetail.quitYearsAgo ?? 5} years ago.`);
  return lines;
}

function assessment(course: PatientCourse, e: EncounterRecord, w: Phrasing): string[] {
  const lines: string[] = [];
  const items = e.diagnoses.slice(0, 5);
  items.forEach((d, i) => {
    const key = d.chronic?.def.key as ChronicKey | undefined;
    let plan = '';
    const newDx = e.newDiagnoses.find((s) => s.record === d);
    const escalation = e.escalations.find((x) => x.state.record === d);
    if (newDx) {
      plan = newDx.regimen.length > 0 ? `New diagnosis today. Start ${newDx.regimen.map((m) => m.noteText).join(' and ')}. Education provided.` : 'New diagnosis today; lifestyle counseling provided.';
    } else if (escalation) {
      plan = `Above goal. Add ${escalation.medication.noteText}.`;
    } else if (key === 'diabetes') {
      const v = e.observations.find((o) => o.quantity?.key === 'a1c');
      plan = v ? `A1c ${formatValue(v)} today. ${(v.quantity?.value ?? 0) < 7 ? 'At goal; continue current regimen.' : 'Above goal of <7%; reinforced diet and exercise.'}` : 'Continue current regimen; A1c due next visit.';
    } else if (key === 'hypertension') {
      const bp = e.observations.find((o) => o.kind === 'bloodPressure');
      plan = bp ? `BP ${bp.systolic}/${bp.diastolic} today. ${(bp.systolic ?? 0) < 130 ? 'Controlled.' : 'Not at goal <130/80; home BP log requested.'}` : 'Continue current medicines.';
    } else if (key === 'ckd') {
      const g = e.observations.find((o) => o.quantity?.key === 'egfr') ?? latestResult(course, 'egfr', e.day);
      plan = g ? `eGFR ${formatValue(g)}. Avoid NSAIDs; renally dose medicines.` : 'Monitor renal function.';
    } else if (key === 'hyperlipidemia') {
      const l = latestResult(course, 'ldl', e.day);
      plan = l ? `LDL ${formatValue(l)} on ${w.date(l.day)}. Continue statin.` : 'Continue statin.';
    } else if (key === 'hypothyroidism') {
      const t = latestResult(course, 'tsh', e.day);
      plan = t ? `TSH ${formatValue(t)}. Continue levothyroxine.` : 'Continue levothyroxine.';
    } else if (d.label && e.acute && d === e.acuteCondition) {
      const meds = e.medicationsStarted.map((m) => m.def.noteText);
      plan = meds.length > 0 ? `Start ${meds.join(', ')}. Return precautions reviewed.` : 'Supportive care: fluids, rest, acetaminophen as needed. Return if worse.';
    } else {
      plan = w.rng.pick(['Stable. Continue current management.', 'Stable on current plan.', 'No change today.']);
    }
    lines.push(`${i + 1}. ${d.icd10.display} (${d.icd10.code}): ${plan}`);
  });
  if (e.immunizations.length > 0) lines.push(`${lines.length + 1}. Immunizations: ${e.immunizations.map((i) => vaccineNoteNames[i.vaccine]).join(', ')} given today; VIS provided.`);
  const screening = e.procedures.filter((p) => p.key === 'cervicalScreening' || p.key === 'boneDensity' || p.key === 'spirometry' || p.key === 'ecg');
  if (screening.length > 0) lines.push(`${lines.length + 1}. ${screening.map((p) => procedureCodes[p.key].display.replace(/ \(procedure\)$/, '')).join(', ')} done today.`);
  if (e.referral && e.kind !== 'specialist') lines.push(`${lines.length + 1}. Referral to ${w.clinician(e.referral.to)} (${e.referral.specialty}) for ${e.referral.reason}.`);
  return lines;
}

function signature(e: EncounterRecord, w: Phrasing): string {
  const signedDay = e.day + (w.rng.chance(0.2) ? 1 : 0);
  return w.rng.pick([
    `Electronically signed by ${w.clinician(e.practitioner, 'signature')} on ${w.date(signedDay, ['mdy', 'mdyShort', 'iso'])} at ${w.time(e.endMinute + 30)}`,
    `${w.clinician(e.practitioner, 'signature')}`,
    `Signed: ${w.clinician(e.practitioner)} ${w.date(signedDay, ['mdy', 'mdyShort'])} ${w.time(e.endMinute + 15)}`,
  ]);
}

export function progressNote(course: PatientCourse, e: EncounterRecord, w: Phrasing): string {
  const labs = encounterLabs(e).filter((o) => ['a1c', 'ldl', 'creatinine', 'egfr', 'potassium', 'tsh', 'hemoglobin', 'glucose', 'uacr'].includes(o.quantity?.key ?? ''));
  const labText = labs.length > 0 ? labs.map((o) => `${o.quantity?.def.short} ${formatValue(o)}`).join(', ') : '';
  const problemKeys = e.diagnoses.map((d) => d.chronic?.def.key).filter((k): k is ChronicKey => k !== undefined);
  const layout = w.rng.weighted([
    { value: 'soap', weight: 3 },
    { value: 'problem', weight: 2 },
    { value: 'brief', weight: 1.5 },
  ]);
  const meds = medicationLines(course, e.day);
  if (layout === 'brief') {
    const lines = [
      `${w.date(e.day, ['mdy', 'mdyShort', 'long', 'dayMonthYear'])} ${e.kind === 'acute' ? 'Sick visit' : e.kind === 'specialist' ? 'Consult' : 'Office visit'} - ${w.facility(e.organization)}`,
      `Pt: ${w.headerName()}  ${w.mrnLabel()} ${w.mrn()}`,
      `CC: ${reasonFor(e, w)}`,
      `HPI: ${hpi(course, e, w).join(' ')}`,
      `Meds: ${meds.length > 0 ? meds.join('; ') : 'none'}. Allergies: ${allergyText(course, w)}.`,
      `VS: ${vitalsLine(e)}`,
      `Exam: ${examLines(w.rng, problemKeys).join(' ')}`,
      ...(labText ? [`Labs today: ${labText}`] : []),
      'A/P:',
      ...assessment(course, e, w),
      `RTC ${w.rng.pick(['3 mo', '6 mo', '1 yr', '2-3 wks PRN', '4 weeks'])}.`,
      `-- ${w.clinician(e.practitioner)}`,
    ];
    return lines.join('\n');
  }
  const header =
    layout === 'soap'
      ? [
          'PROGRESS NOTE',
          `Patient: ${w.headerName()}    DOB: ${w.dob()}    ${w.mrnLabel()} ${w.mrn()}`,
          `Date of service: ${w.fullDate(e.day)}    Time: ${w.time(e.startMinute)}`,
          `Provider: ${w.clinician(e.practitioner, 'signature')}    Location: ${w.facility(e.organization)}`,
          '',
        ]
      : [
          `${w.facility(e.organization)} - Clinic Note`,
          `${w.fullName()} | ${w.mrnLabel()} ${w.mrn()} | Visit ${w.fullDate(e.day)}`,
          '',
        ];
  const body = [
    layout === 'soap' ? 'SUBJECTIVE:' : 'History of present illness:',
    ...hpi(course, e, w),
    '',
    'Current medications:',
    ...(meds.length > 0 ? meds.map((m) => `- ${m}`) : ['- None']),
    `Allergies: ${allergyText(course, w)}`,
    '',
    layout === 'soap' ? 'OBJECTIVE:' : 'Exam:',
    `Vitals: ${vitalsLine(e)}`,
    ...examLines(w.rng, problemKeys),
    ...(labText ? [`Results: ${labText}`] : []),
    '',
    layout === 'soap' ? 'ASSESSMENT AND PLAN:' : 'Assessment/Plan:',
    ...assessment(course, e, w),
    '',
    w.rng.pick([
      `Follow up in ${w.rng.pick(['3 months', '6 months', '1 year', '4-6 weeks'])} or sooner as needed.`,
      `Next visit ${w.date(e.day + w.rng.pick([90, 120, 180, 365]), ['monthDay', 'mdy', 'long', 'monthYear'])}.`,
      `Return precautions discussed; ${w.he} verbalized understanding.`,
    ]),
    signature(e, w),
  ];
  if (e.kind === 'wellness' && e.medicationsStarted.some((m) => m.def === medications.metformin) && w.rng.chance(0.5)) {
    body.splice(body.length - 1, 0, `Diabetes education class scheduled for the ${w.date(e.day + 21, ['ordinal'])}.`);
  }
  return [...header, ...body].join('\n');
}
