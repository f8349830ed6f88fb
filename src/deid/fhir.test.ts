import { describe, expect, it } from 'vitest';
import { Faker, en, fi } from '@faker-js/faker';
import type { DocumentReference, Observation, Patient, Resource } from '@medplum/fhirtypes';
import { deidentifyResource } from './fhir.ts';
import { deidentifyResources } from './export.ts';
import { newPatientKey, newSurrogateId } from './keys.ts';
import type { PatientKey } from './keys.ts';

/** A small seeded population: patients with observations and a clinical note that mentions them. */
function population(seed: number, size: number): Resource[] {
  // Finnish names: the surrogate pools are English and Spanish, so a surrogate never equals a real name by chance.
  const faker = new Faker({ locale: [fi, en], seed });
  const out: Resource[] = [];
  for (let i = 0; i < size; i++) {
    const id = `p${i}`;
    const given = faker.person.firstName();
    const family = faker.person.lastName();
    const phone = faker.helpers.replaceSymbols('(###) 555-####');
    const email = `${given}.${family}@example.net`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
    const street = `${faker.number.int({ min: 10, max: 9999 })} ${faker.person.lastName()} Street`;
    const city = faker.location.city();
    const mrn = String(faker.number.int({ min: 1000000, max: 9999999 }));
    const birth = faker.date.birthdate({ min: 20, max: 85, mode: 'age' }).toISOString().slice(0, 10);
    const visit = faker.date.between({ from: '2022-01-01', to: '2024-12-31' }).toISOString().slice(0, 10);
    const [vy, vm, vd] = visit.split('-');
    const patient: Patient = {
      resourceType: 'Patient', id, gender: i % 2 ? 'female' : 'male', birthDate: birth,
      identifier: [{ system: 'urn:mrn', value: mrn }],
      name: [{ given: [given], family }],
      telecom: [{ system: 'phone', value: phone }, { system: 'email', value: email }],
      address: [{ line: [street], city, state: 'MA', postalCode: '02139', country: 'US' }],
      text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${given} ${family}, MRN ${mrn}</div>` },
    };
    const obs: Observation = {
      resourceType: 'Observation', id: `o${i}`, status: 'final', subject: { reference: `Patient/${id}`, display: `${given} ${family}` },
      code: { coding: [{ system: 'http://loinc.org', code: '2345-7' }], text: 'Glucose' },
      effectiveDateTime: `${visit}T09:30:00Z`, valueQuantity: { value: 98, unit: 'mg/dL' },
      note: [{ text: `Drawn by nurse; ${given} tolerated well. Call ${phone} with results.` }],
    };
    const noteText = `${given} ${family} (MRN ${mrn}) seen on ${Number(vm)}/${Number(vd)}/${vy}. Lives at ${street}, ${city}. ` +
      `Phone ${phone}, e-mail ${email}. History of Parkinson disease, on carbidopa-levodopa 25/100 mg TID.`;
    const doc: DocumentReference = {
      resourceType: 'DocumentReference', id: `d${i}`, status: 'current', subject: { reference: `Patient/${id}` }, date: `${visit}T10:00:00Z`,
      content: [{ attachment: { contentType: 'text/plain', data: Buffer.from(noteText).toString('base64') } }],
    };
    out.push(patient, obs, doc);
  }
  return out;
}

function linkTable() {
  const keys = new Map<string, PatientKey>();
  const ids = new Map<string, string>();
  return {
    keyFor: (id: string) => { let k = keys.get(id); if (!k) { k = newPatientKey(); keys.set(id, k); } return k; },
    surrogateFor: (ref: string) => { let s = ids.get(ref); if (!s) { s = newSurrogateId(); ids.set(ref, s); } return s; },
    ids,
  };
}

describe('FHIR de-identification', () => {
  it('strips the Patient to year of birth, sex, state and 3-digit ZIP, with a surrogate identifier', () => {
    const [patient] = population(7, 1) as [Patient];
    const table = linkTable();
    const key = table.keyFor(patient.id!);
    const out = deidentifyResource(patient, { profile: 'safe-harbor', key, surrogateFor: table.surrogateFor });
    expect(out.name).toBeUndefined();
    expect(out.telecom).toBeUndefined();
    expect(out.birthDate).toBe(patient.birthDate!.slice(0, 4));
    expect(out.address).toEqual([{ state: 'MA', country: 'US', postalCode: '021' }]);
    expect(out.identifier).toEqual([{ system: 'urn:galen:deid:surrogate', value: key.surrogateId }]);
    expect(out.id).not.toBe(patient.id);
    expect(out.text?.div).not.toContain(patient.name![0]!.family!);
  });

  it('shifts every date of a patient by the same offset under the shifted profile', () => {
    const [patient, obs] = population(8, 1) as [Patient, Observation];
    const table = linkTable();
    const key = { ...table.keyFor(patient.id!), dateOffsetDays: 3 };
    const out = deidentifyResource(obs, { profile: 'shifted', key, surrogateFor: table.surrogateFor });
    const before = new Date(obs.effectiveDateTime!).getTime();
    const after = new Date(out.effectiveDateTime!).getTime();
    expect((after - before) / 86_400_000).toBe(3);
    expect(out.subject?.reference).toBe(`Patient/${table.surrogateFor('Patient/p0')}`);
    expect(out.subject?.display).toBeUndefined();
    expect(out.code.coding?.[0]?.code).toBe('2345-7');
  });

  it('rejects something that is not a resource', () => {
    const table = linkTable();
    expect(() => deidentifyResource({} as Resource, { profile: 'safe-harbor', surrogateFor: table.surrogateFor })).toThrow(/resourceType/);
  });

  it('an export of a seeded population holds none of its names, MRNs, phones, e-mails, streets or full dates', () => {
    const resources = population(20240917, 25);
    const table = linkTable();
    const { resources: out, report } = deidentifyResources(resources, { profile: 'safe-harbor', keyFor: table.keyFor, surrogateFor: table.surrogateFor, k: 5 });
    const exported = out.map((r) => {
      const json = JSON.stringify(r);
      // Attachments are base64: decode them so the check reads what a recipient would read.
      return json.replace(/"data":"([^"]+)"/g, (_m, b64: string) => JSON.stringify(Buffer.from(b64, 'base64').toString('utf8')));
    }).join('\n');
    for (const p of resources.filter((r): r is Patient => r.resourceType === 'Patient')) {
      const forbidden = [
        p.name![0]!.given![0]!, p.name![0]!.family!, p.identifier![0]!.value!, p.telecom![0]!.value!, p.telecom![1]!.value!,
        p.address![0]!.line![0]!, p.birthDate!,
      ];
      for (const value of forbidden) {
        const asWord = new RegExp(`(?<![\\p{L}\\d])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u');
        expect(exported, `${value} leaked`).not.toMatch(asWord);
      }
    }
    expect(exported).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    expect(exported).toContain('Parkinson disease');
    expect(report.resources).toBe(75);
    expect(report.safeHarbor).toBe(true);
    expect(report.phiFoundInText.NAME).toBeGreaterThan(0);
    expect(report.kAnonymity.records).toBe(25);
    expect(report.kAnonymity.smallestGroup).toBeGreaterThanOrEqual(1);
  });
});
