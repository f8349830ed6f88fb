/** Telephone-encounter notes: results calls, refill requests, symptom calls, post-discharge calls. */
import type { EncounterRecord, PatientCourse } from '../course-types.ts';
import { activeMedications, encounterLabs, formatValue } from './facts.ts';
import type { Phrasing } from './phrasing.ts';

export function telephoneNote(course: PatientCourse, e: EncounterRecord, w: Phrasing): string {
  const relative = w.pickRelative();
  const byRelative = relative !== undefined && e.phoneTopic !== 'labResults' && w.rng.chance(0.35);
  const callbackPhone = byRelative && relative ? relative.phone : w.mainPhone();
  const caller = byRelative && relative ? w.relative(relative) : w.rng.pick([w.fullName(), 'patient', w.formal()]);
  const lines: string[] = [];
  const header = w.rng.weighted([
    { value: 'formal', weight: 3 },
    { value: 'short', weight: 2 },
  ]);
  if (header === 'formal') {
    lines.push(
      'TELEPHONE ENCOUNTER',
      `Patient: ${w.headerName()}   ${w.mrnLabel()} ${w.mrn()}   DOB: ${w.dob()}`,
      `Date/Time: ${w.fullDate(e.day)} ${w.time(e.startMinute)}`,
      `Caller: ${caller}   Callback number: ${w.phone(callbackPhone)}`,
      '',
    );
  } else {
    lines.push(`Phone note ${w.date(e.day, ['mdy', 'mdyShort', 'monthDay'])} @ ${w.time(e.startMinute)} - ${w.rng.pick(['incoming call', 'outgoing call', 'call'])} re: ${w.fullName()}`, '');
  }
  if (w.rng.chance(0.6)) lines.push(`Identity verified with full name and date of birth${w.rng.chance(0.3) ? ` (${w.dob()})` : ''}.`);

  switch (e.phoneTopic) {
    case 'labResults': {
      const source = e.related ?? [...course.encounters].reverse().find((x) => x.day < e.day && x.kind === 'wellness');
      const labs = source ? encounterLabs(source).filter((o) => ['a1c', 'ldl', 'creatinine', 'egfr', 'tsh', 'potassium', 'hemoglobin', 'glucose'].includes(o.quantity?.key ?? '')) : [];
      const resultText = labs.length > 0 ? labs.slice(0, 4).map((o) => `${o.quantity?.def.short} ${formatValue(o)}`).join(', ') : 'CMP and CBC within normal limits';
      lines.push(
        `Called ${w.subject()} with results of labs drawn ${source ? w.date(source.day) : 'last week'}: ${resultText}.`,
        w.rng.pick(['Reviewed with the provider; no changes to the plan.', `Per ${w.clinician(course.demographics.pcp)}, continue current medicines and recheck in 3 months.`, 'Questions answered.']),
      );
      if (w.rng.chance(0.4)) lines.push(`Left voicemail first at ${w.time(e.startMinute - 90)}; patient returned the call.`);
      break;
    }
    case 'refill': {
      const meds = activeMedications(course, e.day).filter((m) => m.chronic);
      const med = meds.length > 0 ? w.rng.pick(meds) : undefined;
      lines.push(
        `${byRelative ? `Call from ${caller}` : `${w.subject()} called`} requesting a refill of ${med ? med.def.noteText : 'a maintenance medicine'}.`,
        `Last seen ${w.date(Math.max(course.windowStart, e.day - w.rng.int(30, 150)))}. Pharmacy: ${w.rng.pick(['CVS', 'Walgreens', 'Kroger pharmacy', 'Costco pharmacy', 'mail order'])} on file.`,
        w.rng.pick(['90-day supply sent to pharmacy.', `Refill routed to ${w.clinician(course.demographics.pcp)} for approval.`, 'Refill sent; reminded to schedule follow-up.']),
      );
      break;
    }
    case 'symptom': {
      const complaint = w.rng.pick(['dizziness when standing up', 'a cough for 3 days', 'a rash on the forearm', 'loose stools since yesterday', 'trouble sleeping', 'a headache since the morning', 'ankle swelling']);
      lines.push(
        `${byRelative ? `${caller} calling because the patient has` : `${w.subject()} reports`} ${complaint}.`,
        `No chest pain, no shortness of breath, no fever. Symptoms began ${w.date(e.day - w.rng.int(1, 4), ['monthDay', 'slashMonthDay', 'ordinal'])}.`,
        w.rng.pick([
          'Home care advice given; call back or go to urgent care if worse.',
          `Scheduled same-week appointment with ${w.clinician(course.demographics.pcp)}.`,
          'Advised ED evaluation if new chest pain, trouble breathing or confusion.',
        ]),
      );
      break;
    }
    case 'postDischarge': {
      const stay = e.related;
      lines.push(
        `Transition-of-care call after discharge from ${stay ? w.facility(stay.organization) : 'the hospital'}${stay ? ` on ${w.date(stay.endDay)}` : ''}.`,
        `${w.subject()} reports feeling ${w.rng.pick(['better', 'tired but improving', 'about the same'])}. Medicines reviewed with ${byRelative ? caller : w.him}; has all prescriptions filled.`,
        `Follow-up appointment confirmed with ${w.clinician(course.demographics.pcp)}.`,
      );
      break;
    }
    case 'acuteFollowUp': {
      const visit = e.related;
      lines.push(
        `Follow-up call after visit on ${visit ? w.date(visit.day) : 'earlier this week'} for ${visit?.acute?.label ?? 'acute illness'}.`,
        `${w.subject()} ${w.rng.pick(['is improving', 'feels much better', 'still has some symptoms but no fever'])}. Taking medicines as prescribed.`,
      );
      break;
    }
    default:
      lines.push(`${w.subject()} called with a general question; answered.`);
  }
  if (w.rng.chance(0.3)) lines.push(`Best number to reach: ${w.phone(callbackPhone)}${w.rng.chance(0.3) ? ` or email ${w.email()}` : ''}.`);
  lines.push('', w.clinician(e.practitioner, 'signature'));
  return lines.join('\n');
}
