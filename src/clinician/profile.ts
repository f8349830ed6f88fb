import type { Condition, DiagnosticReport, Immunization, MedicationRequest, Observation, Patient, Procedure, Resource } from '@medplum/fhirtypes';
import type { Coding, DatedCoding, PreventiveProfile, SmokingHistory } from '../clinical/index.ts';

/**
 * Reads what the preventive-care rules need out of a patient's record: age and sex, active
 * conditions and medicines, smoking status, latest BMI, and every dated procedure, result and
 * immunization (which the rules match against their screening and vaccine codes).
 */
const smokingStatusCodes: Record<string, SmokingHistory['status']> = {
  '449868002': 'current', // current every day smoker
  '428041000124106': 'current', // current some day smoker
  '77176002': 'current', // smoker
  '428061000124105': 'current', // current light tobacco smoker
  '428071000124103': 'current', // current heavy tobacco smoker
  '8517006': 'former', // ex-smoker
  '266919005': 'never', // never smoked tobacco
};

function codings(concept: { coding?: { system?: string; code?: string; display?: string }[] } | undefined): Coding[] {
  return (concept?.coding ?? []).filter((c): c is { system?: string; code: string; display?: string } => typeof c.code === 'string').map((c) => ({ ...(c.system ? { system: c.system } : {}), code: c.code, ...(c.display ? { display: c.display } : {}) }));
}

function dated(concept: Parameters<typeof codings>[0], date: string | undefined): DatedCoding[] {
  return date ? codings(concept).map((c) => ({ ...c, date: date.slice(0, 10) })) : [];
}

export function preventiveProfileFromRecord(resources: Resource[], asOf?: string): PreventiveProfile | undefined {
  const patient = resources.find((r): r is Patient => r.resourceType === 'Patient');
  if (!patient?.birthDate || (patient.gender !== 'female' && patient.gender !== 'male')) return undefined;
  if (patient.deceasedDateTime || patient.deceasedBoolean) return undefined;
  const of = <T extends Resource>(type: T['resourceType']) => resources.filter((r): r is T => r.resourceType === type);
  const active = (c: Condition) => !c.clinicalStatus?.coding?.[0]?.code || ['active', 'recurrence', 'relapse'].includes(c.clinicalStatus.coding[0].code!);
  const observations = of<Observation>('Observation').filter((o) => o.status !== 'entered-in-error');
  const when = (o: Observation) => o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.issued;
  const latest = (code: string) =>
    observations.filter((o) => o.code?.coding?.some((c) => c.code === code)).sort((a, b) => (when(b) ?? '').localeCompare(when(a) ?? ''))[0];

  const smokingObs = latest('72166-2');
  const smokingCode = smokingObs?.valueCodeableConcept?.coding?.[0]?.code;
  const smoking: SmokingHistory | undefined = smokingCode && smokingStatusCodes[smokingCode] ? { status: smokingStatusCodes[smokingCode]! } : undefined;
  const bmi = latest('39156-5')?.valueQuantity?.value;

  const history: DatedCoding[] = [
    ...of<Procedure>('Procedure').filter((p) => p.status !== 'entered-in-error' && p.status !== 'not-done').flatMap((p) => dated(p.code, p.performedDateTime ?? p.performedPeriod?.start)),
    ...of<Immunization>('Immunization').filter((i) => i.status === 'completed').flatMap((i) => dated(i.vaccineCode, i.occurrenceDateTime)),
    ...observations.flatMap((o) => dated(o.code, when(o))),
    ...of<DiagnosticReport>('DiagnosticReport').flatMap((d) => dated(d.code, d.effectiveDateTime ?? d.effectivePeriod?.start)),
  ];

  return {
    birthDate: patient.birthDate,
    sex: patient.gender,
    ...(asOf ? { asOf } : {}),
    conditions: of<Condition>('Condition').filter(active).flatMap((c) => codings(c.code)),
    medications: of<MedicationRequest>('MedicationRequest').filter((m) => m.status === 'active').flatMap((m) => codings(m.medicationCodeableConcept)),
    ...(smoking ? { smoking } : {}),
    ...(typeof bmi === 'number' ? { bmi } : {}),
    history,
  };
}
