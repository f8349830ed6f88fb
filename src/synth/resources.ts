/**
 * Writes a patient's course as a FHIR R4 transaction Bundle: entries reference each other by
 * `urn:uuid:` and reach the shared directory through conditional references on NPI.
 */
import type {
  AllergyIntolerance,
  Bundle,
  BundleEntry,
  CodeableConcept,
  Condition,
  DiagnosticReport,
  DocumentReference,
  Encounter,
  Immunization,
  MedicationRequest,
  Observation,
  ObservationReferenceRange,
  Patient,
  Practitioner,
  Procedure,
  Quantity,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { isoDate, isoDateTime } from './dates.ts';
import { organizationReference, practitionerDisplay, practitionerReference, type DirectoryPractitioner } from './directory.ts';
import { phoneText } from './contact-details.ts';
import type { ConditionRecord, EncounterRecord, NoteStyle, ObservationRecord, PatientCourse } from './course-types.ts';
import type { Demographics, RelationshipKey } from './patient.ts';
import { system, type Code } from './vocabulary/systems.ts';
import { bloodPressurePanel, rangeFor, smokingAnswers, smokingStatusCode, vitals } from './vocabulary/observations.ts';
import { encounterClass, encounterTypes, noteTypes, procedures } from './vocabulary/encounters.ts';
import { vaccines } from './vocabulary/immunizations.ts';

export interface WrittenNote {
  uuid: string;
  noteId: string;
  style: NoteStyle;
  encounter: EncounterRecord;
  text: string;
  author: DirectoryPractitioner;
  day: number;
  minute: number;
}

const cc = (code: Code, text?: string): CodeableConcept => ({ coding: [{ system: code.system, code: code.code, display: code.display }], ...(text ? { text } : {}) });
const ref = <T extends Resource>(uuid: string, display?: string): Reference<T> => ({ reference: `urn:uuid:${uuid}`, ...(display ? { display } : {}) });
const practitionerRef = (p: DirectoryPractitioner): Reference<Practitioner> => ({ reference: practitionerReference(p), display: practitionerDisplay(p) });

function entry(uuid: string, resource: Resource): BundleEntry {
  return { fullUrl: `urn:uuid:${uuid}`, resource, request: { method: 'POST', url: resource.resourceType } };
}

const relationshipCodes: Record<RelationshipKey, { code: string; display: string }> = {
  wife: { code: 'WIFE', display: 'wife' },
  husband: { code: 'HUSB', display: 'husband' },
  partner: { code: 'DOMPART', display: 'domestic partner' },
  daughter: { code: 'DAU', display: 'natural daughter' },
  son: { code: 'SON', display: 'natural son' },
  sister: { code: 'SIS', display: 'sister' },
  brother: { code: 'BRO', display: 'brother' },
  mother: { code: 'MTH', display: 'mother' },
  father: { code: 'FTH', display: 'father' },
  friend: { code: 'FRND', display: 'unrelated friend' },
  niece: { code: 'NIECE', display: 'niece' },
  nephew: { code: 'NEPHEW', display: 'nephew' },
};

const maritalDisplay = { M: 'Married', S: 'Never Married', W: 'Widowed', D: 'Divorced' } as const;

function patientResource(d: Demographics): Patient {
  const telecom: NonNullable<Patient['telecom']> = [];
  if (d.homePhone) telecom.push({ system: 'phone', value: phoneText(d.homePhone), use: 'home' });
  telecom.push({ system: 'phone', value: phoneText(d.mobilePhone), use: 'mobile' });
  if (d.workPhone) telecom.push({ system: 'phone', value: phoneText(d.workPhone), use: 'work' });
  telecom.push({ system: 'email', value: d.email });
  return {
    resourceType: 'Patient',
    identifier: [
      { use: 'usual', type: { coding: [{ system: system.identifierType, code: 'MR', display: 'Medical record number' }] }, system: system.mrn, value: d.mrn },
      { type: { coding: [{ system: system.identifierType, code: 'SS', display: 'Social Security number' }] }, system: system.ssn, value: d.ssn },
    ],
    active: true,
    name: [{ use: 'official', family: d.name.family, given: d.name.middle ? [d.name.given, d.name.middle] : [d.name.given] }],
    telecom,
    gender: d.sex,
    birthDate: isoDate(d.birthDay),
    address: [{ use: 'home', type: 'physical', line: d.address.line, city: d.address.city, state: d.address.state, postalCode: d.address.postalCode, country: 'US' }],
    maritalStatus: { coding: [{ system: system.maritalStatus, code: d.maritalStatus, display: maritalDisplay[d.maritalStatus] }], text: maritalDisplay[d.maritalStatus] },
    contact: d.relatives.map((r) => ({
      relationship: [
        { coding: [{ system: system.contactRelationship, code: 'N', display: 'Next-of-Kin' }] },
        { coding: [{ system: system.roleCode, code: relationshipCodes[r.relationship].code, display: relationshipCodes[r.relationship].display }], text: r.relationship },
      ],
      name: { family: r.name.family, given: [r.name.given] },
      telecom: [{ system: 'phone', value: phoneText(r.phone) }, ...(r.email ? [{ system: 'email' as const, value: r.email }] : [])],
      gender: r.sex,
    })),
    communication: [{ language: { coding: [{ system: system.language, code: d.language.code, display: d.language.display }], text: d.language.display }, preferred: true }],
    generalPractitioner: [practitionerRef(d.pcp)],
    managingOrganization: { reference: organizationReference(d.clinic), display: d.clinic.name },
  };
}

function encounterResource(e: EncounterRecord, patient: Reference<Patient>): Encounter {
  const klass =
    e.kind === 'inpatient' ? encounterClass.inpatient : e.kind === 'telephone' ? encounterClass.virtual : encounterClass.ambulatory;
  const type =
    e.kind === 'wellness'
      ? encounterTypes.checkUp
      : e.kind === 'followUp'
        ? encounterTypes.followUp
        : e.kind === 'acute'
          ? encounterTypes.symptom
          : e.kind === 'telephone'
            ? encounterTypes.telephone
            : e.kind === 'inpatient'
              ? encounterTypes.admission
              : e.kind === 'specialist'
                ? encounterTypes.referral
                : e.kind === 'immunization'
                  ? encounterTypes.immunization
                  : encounterTypes.followUp;
  const resource: Encounter = {
    resourceType: 'Encounter',
    status: 'finished',
    class: { system: klass.system, code: klass.code, display: klass.display },
    type: [cc(type)],
    subject: patient,
    participant: [
      {
        type: [{ coding: [{ system: system.participationType, code: e.kind === 'inpatient' ? 'ATND' : 'PPRF', display: e.kind === 'inpatient' ? 'attender' : 'primary performer' }] }],
        individual: practitionerRef(e.practitioner),
      },
    ],
    period: { start: isoDateTime(e.day, e.startMinute), end: isoDateTime(e.endDay, e.endMinute) },
    serviceProvider: { reference: organizationReference(e.organization), display: e.organization.name },
  };
  if (e.diagnoses.length > 0) {
    resource.reasonReference = e.diagnoses.slice(0, 4).map((d) => ref(d.uuid, d.label));
    resource.diagnosis = e.diagnoses.slice(0, 4).map((d, i) => ({ condition: ref(d.uuid, d.label), rank: i + 1 }));
  }
  if (e.kind === 'inpatient') {
    resource.hospitalization = { dischargeDisposition: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/discharge-disposition', code: 'home', display: 'Home' }] } };
  }
  return resource;
}

function conditionResource(c: ConditionRecord, patient: Reference<Patient>, recorder: DirectoryPractitioner): Condition {
  const resolved = c.abatementDay !== undefined;
  return {
    resourceType: 'Condition',
    clinicalStatus: { coding: [{ system: system.conditionClinical, code: resolved ? 'resolved' : 'active' }] },
    verificationStatus: { coding: [{ system: system.conditionVerification, code: 'confirmed' }] },
    category: [{ coding: [{ system: system.conditionCategory, code: c.category, display: c.category === 'problem-list-item' ? 'Problem List Item' : 'Encounter Diagnosis' }] }],
    code: { coding: [c.snomed, c.icd10].map((x) => ({ system: x.system, code: x.code, display: x.display })), text: c.label },
    subject: patient,
    ...(c.encounter ? { encounter: ref(c.encounter.uuid) } : {}),
    onsetDateTime: isoDate(c.onsetDay),
    ...(resolved ? { abatementDateTime: isoDate(c.abatementDay as number) } : {}),
    recordedDate: isoDate(c.recordedDay),
    recorder: practitionerRef(c.encounter?.practitioner ?? recorder),
  };
}

function interpretation(value: number, low: number | undefined, high: number | undefined): CodeableConcept {
  const code = low !== undefined && value < low ? 'L' : high !== undefined && value > high ? 'H' : 'N';
  const display = code === 'L' ? 'Low' : code === 'H' ? 'High' : 'Normal';
  return { coding: [{ system: system.interpretation, code, display }], text: display };
}

function quantity(value: number, unit: string, ucum: string): Quantity {
  return { value, unit, system: system.ucum, code: ucum };
}

function observationResource(o: ObservationRecord, patient: Reference<Patient>, sex: Demographics['sex']): Observation {
  const when = isoDateTime(o.day, o.minute);
  const base: Pick<Observation, 'resourceType' | 'status' | 'subject' | 'encounter' | 'effectiveDateTime' | 'issued'> = { resourceType: 'Observation', status: 'final', subject: patient, encounter: ref(o.encounter.uuid), effectiveDateTime: when, issued: `${when.slice(0, -1)}.000Z` };
  if (o.kind === 'smoking') {
    const answer = smokingAnswers[o.smoking ?? 'never'];
    return { ...base, category: [category('social-history', 'Social History')], code: cc(smokingStatusCode), valueCodeableConcept: cc(answer, answer.display.replace(/ \(finding\)$/, '')) };
  }
  if (o.kind === 'bloodPressure') {
    const sys = o.systolic ?? 0;
    const dia = o.diastolic ?? 0;
    return {
      ...base,
      category: [category('vital-signs', 'Vital Signs')],
      code: cc(bloodPressurePanel, 'Blood pressure'),
      component: [
        { code: cc(vitals.systolic.code), valueQuantity: quantity(sys, 'mmHg', 'mm[Hg]'), interpretation: [interpretation(sys, 90, 129)], referenceRange: [range(90, 129, 'mmHg', 'mm[Hg]')] },
        { code: cc(vitals.diastolic.code), valueQuantity: quantity(dia, 'mmHg', 'mm[Hg]'), interpretation: [interpretation(dia, 60, 79)], referenceRange: [range(60, 79, 'mmHg', 'mm[Hg]')] },
      ],
    };
  }
  const q = o.quantity;
  if (!q) throw new RangeError('quantity observation without a value');
  const r = rangeFor(q.def, sex);
  const hasRange = r.low !== undefined || r.high !== undefined;
  return {
    ...base,
    category: [q.def.category === 'laboratory' ? category('laboratory', 'Laboratory') : category('vital-signs', 'Vital Signs')],
    code: cc(q.def.code, q.def.short),
    valueQuantity: quantity(q.value, q.def.unit, q.def.ucum),
    ...(hasRange ? { interpretation: [interpretation(q.value, r.low, r.high)], referenceRange: [range(r.low, r.high, q.def.unit, q.def.ucum)] } : {}),
  };
}

function range(low: number | undefined, high: number | undefined, unit: string, ucum: string): ObservationReferenceRange {
  return {
    ...(low !== undefined ? { low: quantity(low, unit, ucum) } : {}),
    ...(high !== undefined ? { high: quantity(high, unit, ucum) } : {}),
    text: low !== undefined && high !== undefined ? `${low}-${high} ${unit}` : low !== undefined ? `>=${low} ${unit}` : `<=${high} ${unit}`,
  };
}

function category(code: string, display: string): CodeableConcept {
  return { coding: [{ system: system.observationCategory, code, display }] };
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export function patientBundle(course: PatientCourse, notes: readonly WrittenNote[]): Bundle {
  const d = course.demographics;
  const patient: Reference<Patient> = ref(d.uuid, `${d.name.given} ${d.name.family}`);
  const entries: BundleEntry[] = [entry(d.uuid, patientResource(d))];
  const encounterEntries: BundleEntry[] = [];
  const clinical: BundleEntry[] = [];

  for (const a of course.allergies) {
    const resource: AllergyIntolerance = {
      resourceType: 'AllergyIntolerance',
      clinicalStatus: { coding: [{ system: system.allergyClinical, code: 'active' }] },
      verificationStatus: { coding: [{ system: system.allergyVerification, code: 'confirmed' }] },
      type: 'allergy',
      category: [a.def.category],
      criticality: a.def.criticality,
      code: cc(a.def.code, a.def.noteName),
      patient,
      recordedDate: isoDate(a.recordedDay),
      recorder: practitionerRef(d.pcp),
      reaction: [{ manifestation: [cc(a.def.reaction)], severity: a.def.criticality === 'high' ? 'severe' : 'mild' }],
    };
    clinical.push(entry(a.uuid, resource));
  }
  for (const c of course.conditions) clinical.push(entry(c.uuid, conditionResource(c, patient, d.pcp)));
  for (const m of course.medications) {
    const resource: MedicationRequest = {
      resourceType: 'MedicationRequest',
      status: m.status,
      intent: 'order',
      category: [{ coding: [{ system: system.medicationRequestCategory, code: 'outpatient', display: 'Outpatient' }] }],
      medicationCodeableConcept: cc(m.def.code, m.def.noteText),
      subject: patient,
      ...(m.encounter ? { encounter: ref(m.encounter.uuid) } : {}),
      authoredOn: isoDate(m.authoredDay),
      requester: practitionerRef(m.requester),
      ...(m.reason ? { reasonReference: [ref(m.reason.uuid, m.reason.label)] } : {}),
      dosageInstruction: [{ text: m.def.sig }],
      ...(m.endDay !== undefined ? { dispenseRequest: { validityPeriod: { start: isoDate(m.authoredDay), end: isoDate(m.endDay) } } } : {}),
    };
    clinical.push(entry(m.uuid, resource));
  }
  for (const e of course.encounters) {
    encounterEntries.push(entry(e.uuid, encounterResource(e, patient)));
    for (const o of e.observations) clinical.push(entry(o.uuid, observationResource(o, patient, d.sex)));
    for (const r of e.reports) {
      const when = isoDateTime(r.day, r.minute);
      const resource: DiagnosticReport = {
        resourceType: 'DiagnosticReport',
        status: 'final',
        category: [{ coding: [{ system: system.diagnosticServiceSection, code: 'LAB', display: 'Laboratory' }] }],
        code: cc(r.panel),
        subject: patient,
        encounter: ref(e.uuid),
        effectiveDateTime: when,
        issued: `${when.slice(0, -1)}.000Z`,
        performer: [{ reference: organizationReference(e.organization.kind === 'hospital' ? e.organization : d.clinic), display: 'Laboratory' }],
        result: r.members.map((m) => ref(m.uuid, m.quantity?.def.short)),
      };
      clinical.push(entry(r.uuid, resource));
    }
    for (const i of e.immunizations) {
      const resource: Immunization = {
        resourceType: 'Immunization',
        status: 'completed',
        vaccineCode: cc(vaccines[i.vaccine]),
        patient,
        encounter: ref(e.uuid),
        occurrenceDateTime: isoDateTime(i.day, e.startMinute + 10),
        primarySource: true,
        lotNumber: i.lot,
        performer: [{ actor: practitionerRef(i.performer) }],
      };
      clinical.push(entry(i.uuid, resource));
    }
    for (const p of e.procedures) {
      const resource: Procedure = {
        resourceType: 'Procedure',
        status: 'completed',
        code: cc(procedures[p.key]),
        subject: patient,
        encounter: ref(e.uuid),
        performedPeriod: { start: isoDateTime(p.day, e.startMinute + 10), end: isoDateTime(p.day, Math.min(23 * 60 + 59, e.startMinute + 40)) },
        performer: [{ actor: practitionerRef(p.performer) }],
        ...(p.reason ? { reasonReference: [ref(p.reason.uuid, p.reason.label)] } : {}),
      };
      clinical.push(entry(p.uuid, resource));
    }
  }
  for (const n of notes) {
    const resource: DocumentReference = {
      resourceType: 'DocumentReference',
      identifier: [{ system: system.noteId, value: n.noteId }],
      status: 'current',
      docStatus: 'final',
      type: cc(noteTypes[n.style]),
      category: [{ coding: [{ system: system.documentCategory, code: 'clinical-note', display: 'Clinical Note' }] }],
      subject: patient,
      date: `${isoDateTime(n.day, n.minute).slice(0, -1)}.000Z`,
      author: [practitionerRef(n.author)],
      custodian: { reference: organizationReference(n.encounter.organization), display: n.encounter.organization.name },
      content: [{ attachment: { contentType: 'text/plain; charset=utf-8', language: 'en-US', data: base64(n.text), title: noteTypes[n.style].display } }],
      context: {
        encounter: [ref(n.encounter.uuid)],
        period: { start: isoDateTime(n.encounter.day, n.encounter.startMinute), end: isoDateTime(n.encounter.endDay, n.encounter.endMinute) },
      },
    };
    clinical.push(entry(n.uuid, resource));
  }
  entries.push(...encounterEntries, ...clinical);
  return { resourceType: 'Bundle', type: 'transaction', entry: entries };
}
