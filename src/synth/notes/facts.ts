/** Clinical facts a note quotes: medicines, problems, the latest results, vital signs. */
import type { ConditionRecord, EncounterRecord, MedicationRecord, ObservationRecord, PatientCourse } from '../course-types.ts';
import type { LabKey } from '../vocabulary/observations.ts';

export function activeMedications(course: PatientCourse, day: number): MedicationRecord[] {
  return course.medications.filter((m) => m.authoredDay <= day && (m.endDay === undefined || m.endDay > day));
}

export function activeProblems(course: PatientCourse, day: number): ConditionRecord[] {
  return course.conditions.filter((c) => c.category === 'problem-list-item' && c.onsetDay <= day);
}

/** The most recent result of a test on or before a day (from earlier visits or this one). */
export function latestResult(course: PatientCourse, key: LabKey, day: number, excludeEncounter?: EncounterRecord): ObservationRecord | undefined {
  let found: ObservationRecord | undefined;
  for (const e of course.encounters) {
    if (e.day > day) break;
    if (e === excludeEncounter) continue;
    for (const o of e.observations) if (o.quantity?.key === key) found = o;
  }
  return found;
}

export function formatValue(o: ObservationRecord): string {
  const q = o.quantity;
  if (!q) return '';
  const text = q.value.toFixed(q.def.decimals);
  const unit = q.def.unit === '%' ? '%' : ` ${q.def.unit}`;
  return `${text}${unit}`;
}

export function vitalsLine(e: EncounterRecord): string {
  const parts: string[] = [];
  for (const o of e.observations) {
    if (o.kind === 'bloodPressure') parts.push(`BP ${o.systolic}/${o.diastolic}`);
    else if (o.quantity?.def.category === 'vital-signs') {
      const q = o.quantity;
      const v = q.value.toFixed(q.def.decimals);
      switch (q.key) {
        case 'heartRate':
          parts.push(`HR ${v}`);
          break;
        case 'temperature':
          parts.push(`T ${v} C`);
          break;
        case 'respiratoryRate':
          parts.push(`RR ${v}`);
          break;
        case 'spo2':
          parts.push(`SpO2 ${v}% RA`);
          break;
        case 'weight':
          parts.push(`Wt ${v} kg`);
          break;
        case 'height':
          parts.push(`Ht ${v} cm`);
          break;
        case 'bmi':
          parts.push(`BMI ${v}`);
          break;
      }
    }
  }
  return parts.join(', ');
}

export function encounterLabs(e: EncounterRecord): ObservationRecord[] {
  return e.observations.filter((o) => o.quantity?.def.category === 'laboratory');
}
