import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Observation, Patient } from '@medplum/fhirtypes';
import { systemContext, type RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../store/testing.ts';
import { FhirStore } from './store.ts';

const base = 'http://test/fhir/R4';

/** A small transaction Bundle in Synthea's style: urn:uuid fullUrls and references. */
function patientBundle(family: string, opts: { a1c?: number[]; extra?: Bundle['entry'] } = {}): Bundle {
  const p = `urn:uuid:${family}-patient`;
  const e = `urn:uuid:${family}-encounter`;
  const a1c = opts.a1c ?? [6.1, 7.4];
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      { fullUrl: p, resource: { resourceType: 'Patient', id: `${family}-patient`, name: [{ family, given: ['Ana'] }], gender: 'female', birthDate: '1960-05-01', identifier: [{ system: 'urn:galen:mrn', value: `MRN-${family}` }] }, request: { method: 'POST', url: 'Patient' } },
      { fullUrl: e, resource: { resourceType: 'Encounter', status: 'finished', class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' }, subject: { reference: p }, period: { start: '2024-03-14T09:00:00Z', end: '2024-03-14T09:30:00Z' } }, request: { method: 'POST', url: 'Encounter' } },
      { fullUrl: `urn:uuid:${family}-cond`, resource: { resourceType: 'Condition', subject: { reference: p }, encounter: { reference: e }, clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] }, category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] }], code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Type 2 diabetes' }] }, onsetDateTime: '2019-06-01' }, request: { method: 'POST', url: 'Condition' } },
      ...a1c.map((value, i) => ({
        fullUrl: `urn:uuid:${family}-a1c-${i}`,
        resource: { resourceType: 'Observation', status: 'final', category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] }, subject: { reference: p }, effectiveDateTime: `${2022 + i}-03-01T10:00:00Z`, valueQuantity: { value, unit: '%', system: 'http://unitsofmeasure.org', code: '%' } },
        request: { method: 'POST', url: 'Observation' },
      })),
      { fullUrl: `urn:uuid:${family}-med`, resource: { resourceType: 'MedicationRequest', status: 'active', intent: 'order', subject: { reference: p }, medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '860975', display: 'metformin 500 MG' }] }, authoredOn: '2019-06-02' }, request: { method: 'POST', url: 'MedicationRequest' } },
      { fullUrl: `urn:uuid:${family}-allergy`, resource: { resourceType: 'AllergyIntolerance', patient: { reference: p }, clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] }, code: { coding: [{ system: 'http://snomed.info/sct', code: '91936005', display: 'Penicillin allergy' }] }, recordedDate: '2015-01-01' }, request: { method: 'POST', url: 'AllergyIntolerance' } },
      { fullUrl: `urn:uuid:${family}-imm`, resource: { resourceType: 'Immunization', status: 'completed', vaccineCode: { coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: '140' }] }, patient: { reference: p }, occurrenceDateTime: '2023-10-01T10:00:00Z' }, request: { method: 'POST', url: 'Immunization' } },
      { fullUrl: `urn:uuid:${family}-proc`, resource: { resourceType: 'Procedure', status: 'completed', subject: { reference: p }, code: { coding: [{ system: 'http://snomed.info/sct', code: '73761001', display: 'Colonoscopy' }] }, performedDateTime: '2021-02-02T10:00:00Z' }, request: { method: 'POST', url: 'Procedure' } },
      { fullUrl: `urn:uuid:${family}-report`, resource: { resourceType: 'DiagnosticReport', status: 'final', subject: { reference: p }, category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'LAB' }] }], code: { coding: [{ system: 'http://loinc.org', code: '24323-8' }] }, effectiveDateTime: '2023-03-01T10:00:00Z', result: [{ reference: `urn:uuid:${family}-a1c-0` }] }, request: { method: 'POST', url: 'DiagnosticReport' } },
      { fullUrl: `urn:uuid:${family}-note`, resource: { resourceType: 'DocumentReference', status: 'current', subject: { reference: p }, type: { coding: [{ system: 'http://loinc.org', code: '11506-3' }] }, date: '2024-03-14T09:30:00Z', content: [{ attachment: { contentType: 'text/plain', data: Buffer.from('Seen today.').toString('base64') } }], context: { encounter: [{ reference: e }] } }, request: { method: 'POST', url: 'DocumentReference' } },
      ...(opts.extra ?? []),
    ],
  } as Bundle;
}

function ids(bundle: Bundle): string[] {
  return (bundle.entry ?? []).map((e) => `${e.resource?.resourceType}/${e.resource?.id}`);
}

async function expectError(promise: Promise<unknown>, code: GalenError['code']): Promise<GalenError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GalenError);
  expect((error as GalenError).code).toBe(code);
  return error as GalenError;
}

describe.each(testDialects)('FHIR store on %s', (dialect) => {
  let handle: TestDatabase;
  let store: FhirStore;
  const ctx: RequestContext = systemContext('inst-a');
  let patientId = '';
  let otherPatientId = '';

  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
    store = new FhirStore(handle.db);
    const response = await store.transaction(ctx, patientBundle('Rivera'));
    patientId = response.entry![0]!.response!.location!.split('/')[1]!;
    const other = await store.transaction(ctx, patientBundle('Okafor', { a1c: [5.2] }));
    otherPatientId = other.entry![0]!.response!.location!.split('/')[1]!;
  });
  afterAll(async () => handle.drop());

  it('stores a transaction Bundle and rewrites urn:uuid references to stored ids', async () => {
    const found = await store.search(ctx, 'Observation', { patient: patientId }, base);
    expect(found.total).toBe(2);
    const obs = found.entry![0]!.resource as Observation;
    expect(obs.subject?.reference).toBe(`Patient/${patientId}`);
    expect(obs.meta?.versionId).toBe('1');
    expect(obs.meta?.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('stores nothing from a Bundle with one bad entry', async () => {
    const before = await store.countsByType(ctx);
    const bad = patientBundle('Broken', { extra: [{ fullUrl: 'urn:uuid:x', resource: { resourceType: 'Observation', code: { text: 'no status' } } as never, request: { method: 'POST', url: 'Observation' } }] });
    const error = await expectError(store.transaction(ctx, bad), 'invalid_resource');
    expect(error.message).toContain('Observation.status is required');
    const dangling = patientBundle('Dangling', { extra: [{ fullUrl: 'urn:uuid:y', resource: { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { reference: 'Patient/does-not-exist' } }, request: { method: 'POST', url: 'Observation' } }] });
    await expectError(store.transaction(ctx, dangling), 'unresolved_reference');
    const unknownUrn = patientBundle('Urn', { extra: [{ fullUrl: 'urn:uuid:z', resource: { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { reference: 'urn:uuid:nowhere' } }, request: { method: 'POST', url: 'Observation' } }] });
    await expectError(store.transaction(ctx, unknownUrn), 'unresolved_reference');
    expect(await store.countsByType(ctx)).toEqual(before);
  });

  it('refuses unknown resource types and malformed resources', async () => {
    await expectError(store.create(ctx, { resourceType: 'Spaceship' }), 'unknown_resource_type');
    await expectError(store.create(ctx, { resourceType: 'Patient', birthDate: '14/03/1960' }), 'invalid_resource');
    await expectError(store.create(ctx, { resourceType: 'Patient', id: 'bad id!' }), 'invalid_resource');
    await expectError(store.create(ctx, [1, 2]), 'invalid_resource');
    await expectError(store.create(ctx, { resourceType: 'Project' }), 'unknown_resource_type');
  });

  it('keeps every version and serves history and vread', async () => {
    const created = (await store.create(ctx, { resourceType: 'Patient', name: [{ family: 'Versioned' }], gender: 'male' })) as Patient;
    const { resource: updated, created: wasCreated } = await store.update(ctx, 'Patient', created.id!, { ...created, gender: 'female' });
    expect(wasCreated).toBe(false);
    expect(updated.meta?.versionId).toBe('2');
    const history = await store.history(ctx, 'Patient', created.id!, base);
    expect(history.total).toBe(2);
    expect((await store.vread(ctx, 'Patient', created.id!, '1') as Patient).gender).toBe('male');
    // the index follows the current version only
    expect((await store.search(ctx, 'Patient', { family: 'versioned', gender: 'male' }, base)).total).toBe(0);
    expect((await store.search(ctx, 'Patient', { family: 'versioned', gender: 'female' }, base)).total).toBe(1);
    await store.delete(ctx, 'Patient', created.id!);
    await expectError(store.read(ctx, 'Patient', created.id!), 'gone');
    expect((await store.search(ctx, 'Patient', { family: 'versioned' }, base)).total).toBe(0);
  });

  it('moves a resource out of a patient’s compartment when a new version names another patient, and out of every search when deleted', async () => {
    const obs = await store.create(ctx, { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] }, subject: { reference: `Patient/${patientId}` } });
    expect((await store.search(ctx, 'Observation', { patient: patientId, code: '8867-4' }, base)).total).toBe(1);
    await store.update(ctx, 'Observation', obs.id!, { ...obs, subject: { reference: `Patient/${otherPatientId}` } });
    expect((await store.search(ctx, 'Observation', { patient: patientId, code: '8867-4' }, base)).total).toBe(0);
    expect((await store.search(ctx, 'Observation', { patient: otherPatientId, code: '8867-4' }, base)).total).toBe(1);
    await store.delete(ctx, 'Observation', obs.id!);
    expect((await store.search(ctx, 'Observation', { patient: otherPatientId, code: '8867-4' }, base)).total).toBe(0);
    const rows = await handle.db.selectFrom('fhir_reference').select('resource_id').where('resource_id', '=', obs.id!).execute();
    expect(rows).toEqual([]);
  });

  it('removes the token rows of a version stored without its list of token keys when it is replaced', async () => {
    const created = (await store.create(ctx, { resourceType: 'Patient', name: [{ family: 'Legacyrow' }], gender: 'male' })) as Patient;
    await handle.db.updateTable('fhir_resource').set({ token_keys: null }).where('resource_type', '=', 'Patient').where('id', '=', created.id!).execute();
    await store.update(ctx, 'Patient', created.id!, { ...created, gender: 'female' });
    expect((await store.search(ctx, 'Patient', { family: 'legacyrow', gender: 'male' }, base)).total).toBe(0);
    expect((await store.search(ctx, 'Patient', { family: 'legacyrow', gender: 'female' }, base)).total).toBe(1);
  });

  it('indexes only references that a search, $everything or the patient compartment reads', async () => {
    const patientId = (await store.create(ctx, { resourceType: 'Patient', name: [{ family: 'Refowner' }] })).id!;
    const cond = await store.create(ctx, { resourceType: 'Condition', subject: { reference: `Patient/${patientId}` }, code: { text: 'cough' } });
    const dr = await store.create(ctx, { resourceType: 'Practitioner', name: [{ family: 'Indexed' }] });
    const enc = await store.create(ctx, {
      resourceType: 'Encounter', status: 'finished', class: { code: 'AMB' },
      subject: { reference: `Patient/${patientId}` },
      participant: [{ individual: { reference: `Practitioner/${dr.id}` } }],
      reasonReference: [{ reference: `Condition/${cond.id}` }],
      diagnosis: [{ condition: { reference: `Condition/${cond.id}` } }],
    });
    // A Patient target is indexed in any element (here one no parameter searches).
    const obs = await store.create(ctx, { resourceType: 'Observation', status: 'final', code: { text: 'x' }, performer: [{ reference: `Patient/${otherPatientId}` }], hasMember: [{ reference: `Condition/${cond.id}` }] });
    const rows = async (id: string) => (await handle.db.selectFrom('fhir_reference').select(['element', 'target_type', 'target_id']).where('resource_id', '=', id).execute()).map((r) => `${r.element} ${r.target_type}/${r.target_id}`).sort();
    expect(await rows(enc.id!)).toEqual([`participant Practitioner/${dr.id}`, `subject Patient/${patientId}`]);
    expect(await rows(obs.id!)).toEqual([`performer Patient/${otherPatientId}`]);

    expect(ids(await store.search(ctx, 'Encounter', { participant: `Practitioner/${dr.id}` }, base))).toEqual([`Encounter/${enc.id}`]);
    // The stored resource keeps every reference.
    expect((await store.read(ctx, 'Encounter', enc.id!) as { reasonReference: unknown[] }).reasonReference).toEqual([{ reference: `Condition/${cond.id}` }]);
    // $everything and the compartment see the encounter through its subject, and the other patient the observation.
    expect(ids(await store.everything(ctx, patientId, base))).toContain(`Encounter/${enc.id}`);
    expect(ids(await store.everything(ctx, otherPatientId, base))).toContain(`Observation/${obs.id}`);
    const patient: RequestContext = { tenantId: 'inst-a', actor: { id: 'u1', role: 'patient', patientId } };
    expect((await store.read(patient, 'Encounter', enc.id!)).id).toBe(enc.id);
    expect(ids(await store.search(patient, 'Encounter', { participant: `Practitioner/${dr.id}` }, base))).toEqual([`Encounter/${enc.id}`]);
    const other: RequestContext = { tenantId: 'inst-a', actor: { id: 'u3', role: 'patient', patientId: otherPatientId } };
    expect((await store.read(other, 'Observation', obs.id!)).id).toBe(obs.id);
    await expectError(store.read(other, 'Encounter', enc.id!), 'not_found');

    // A new version removes the rows of the old one (the same predicate picks them) and indexes its own.
    await store.update(ctx, 'Encounter', enc.id!, { ...enc, participant: [], subject: { reference: `Patient/${otherPatientId}` } });
    expect(await rows(enc.id!)).toEqual([`subject Patient/${otherPatientId}`]);
    await store.delete(ctx, 'Encounter', enc.id!);
    expect(await rows(enc.id!)).toEqual([]);
  });

  it('searches by code with and without system, category, status and clinical-status', async () => {
    expect((await store.search(ctx, 'Observation', { code: 'http://loinc.org|4548-4' }, base)).total).toBe(3);
    expect((await store.search(ctx, 'Observation', { code: '4548-4', patient: patientId }, base)).total).toBe(2);
    expect((await store.search(ctx, 'Observation', { code: 'http://snomed.info/sct|4548-4' }, base)).total).toBe(0);
    expect((await store.search(ctx, 'Observation', { category: 'laboratory', status: 'final' }, base)).total).toBe(3);
    expect((await store.search(ctx, 'Condition', { 'clinical-status': 'active', code: '44054006', subject: `Patient/${patientId}` }, base)).total).toBe(1);
    expect((await store.search(ctx, 'Condition', { category: 'problem-list-item' }, base)).total).toBe(2);
    expect((await store.search(ctx, 'MedicationRequest', { status: 'active', code: '860975' }, base)).total).toBe(2);
    expect((await store.search(ctx, 'AllergyIntolerance', { patient: patientId, 'clinical-status': 'active' }, base)).total).toBe(1);
    expect((await store.search(ctx, 'Immunization', { patient: patientId, 'vaccine-code': '140' }, base)).total).toBe(1);
    expect((await store.search(ctx, 'Encounter', { patient: patientId, status: 'finished', class: 'AMB' }, base)).total).toBe(1);
    expect((await store.search(ctx, 'Procedure', { patient: patientId, code: '73761001' }, base)).total).toBe(1);
    expect((await store.search(ctx, 'DiagnosticReport', { patient: patientId, category: 'LAB' }, base)).total).toBe(1);
    expect((await store.search(ctx, 'DocumentReference', { patient: patientId, type: '11506-3' }, base)).total).toBe(1);
    expect((await store.search(ctx, 'Patient', { identifier: 'urn:galen:mrn|MRN-Rivera' }, base)).total).toBe(1);
    expect((await store.search(ctx, 'Observation', { code: '4548-4,2345-7', patient: otherPatientId }, base)).total).toBe(1);
  });

  it('searches dates with prefixes', async () => {
    const q = (date: string | string[]) => store.search(ctx, 'Observation', { patient: patientId, date }, base).then((b) => b.total);
    expect(await q('2022')).toBe(1);
    expect(await q('ge2023-01-01')).toBe(1);
    expect(await q('le2023-12-31')).toBe(2);
    expect(await q('gt2022-03-01')).toBe(1);
    expect(await q('lt2022-03-01')).toBe(0);
    expect(await q(['ge2022-01-01', 'lt2023-01-01'])).toBe(1);
    expect((await store.search(ctx, 'Encounter', { date: 'ge2024-03-14', patient: patientId }, base)).total).toBe(1);
    expect((await store.search(ctx, 'Patient', { birthdate: 'lt1961', _id: patientId }, base)).total).toBe(1);
    expect((await store.search(ctx, 'Condition', { 'onset-date': 'ge2019-06', patient: patientId }, base)).total).toBe(1);
    await expectError(store.search(ctx, 'Observation', { date: 'yesterday' }, base), 'invalid_input');
  });

  it('filters by _id and _lastUpdated, and refuses unknown parameters', async () => {
    expect(ids(await store.search(ctx, 'Patient', { _id: patientId }, base))).toEqual([`Patient/${patientId}`]);
    expect((await store.search(ctx, 'Patient', { _id: patientId, _lastUpdated: 'ge2000-01-01' }, base)).total).toBe(1);
    expect((await store.search(ctx, 'Patient', { _id: patientId, _lastUpdated: 'lt2000-01-01' }, base)).total).toBe(0);
    const error = await expectError(store.search(ctx, 'Observation', { colour: 'blue' }, base), 'unsupported_search');
    expect(error.message).toContain('colour');
  });

  it('sorts and pages with links', async () => {
    const asc = await store.search(ctx, 'Observation', { code: '4548-4', _sort: 'date' }, base);
    const dates = asc.entry!.map((e) => (e.resource as Observation).effectiveDateTime);
    expect(dates).toEqual([...dates].sort());
    const desc = await store.search(ctx, 'Observation', { code: '4548-4', _sort: '-date' }, base);
    expect(desc.entry!.map((e) => (e.resource as Observation).effectiveDateTime)).toEqual([...dates].reverse());
    const page1 = await store.search(ctx, 'Observation', { code: '4548-4', _sort: 'date', _count: '2' }, base);
    expect(page1.entry).toHaveLength(2);
    expect(page1.total).toBe(3);
    const next = page1.link!.find((l) => l.relation === 'next')!.url!;
    const nextQuery = Object.fromEntries(new URL(next).searchParams);
    const page2 = await store.search(ctx, 'Observation', nextQuery, base);
    expect(page2.entry).toHaveLength(1);
    expect(page2.link!.some((l) => l.relation === 'next')).toBe(false);
    expect(page2.link!.some((l) => l.relation === 'previous')).toBe(true);
    expect(new Set([...ids(page1), ...ids(page2)]).size).toBe(3);
    const byName = await store.search(ctx, 'Patient', { _sort: 'family', name: 'ana' }, base);
    expect(byName.entry!.map((e) => (e.resource as Patient).name![0]!.family)).toEqual(['Okafor', 'Rivera']);
  });

  it('returns a patient’s whole record from $everything', async () => {
    const all = await store.everything(ctx, patientId, base);
    const types = new Set(all.entry!.map((e) => e.resource!.resourceType));
    for (const t of ['Patient', 'Encounter', 'Condition', 'Observation', 'MedicationRequest', 'AllergyIntolerance', 'Immunization', 'Procedure', 'DiagnosticReport', 'DocumentReference']) expect(types).toContain(t);
    expect(all.entry!.some((e) => e.resource!.id === otherPatientId)).toBe(false);
    expect(all.total).toBe(11);
  });

  it('keeps institutions apart', async () => {
    const other = systemContext('inst-b');
    expect((await store.search(other, 'Patient', {}, base)).total).toBe(0);
    await expectError(store.read(other, 'Patient', patientId), 'not_found');
    // a reference into another institution's record does not resolve
    await expectError(store.create(other, { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { reference: `Patient/${patientId}` } }), 'unresolved_reference');
  });

  it('confines a patient to their own record and refuses writes and other roles', async () => {
    const patient: RequestContext = { tenantId: 'inst-a', actor: { id: 'u1', role: 'patient', patientId } };
    expect((await store.search(patient, 'Observation', {}, base)).total).toBe(2);
    expect((await store.search(patient, 'Patient', {}, base)).total).toBe(1);
    await expectError(store.read(patient, 'Patient', otherPatientId), 'not_found');
    await expectError(store.everything(patient, otherPatientId, base), 'not_found');
    await expectError(store.create(patient, { resourceType: 'Patient' }), 'forbidden');
    const reviewer: RequestContext = { tenantId: 'inst-a', actor: { id: 'u2', role: 'reviewer' } };
    await expectError(store.search(reviewer, 'Patient', {}, base), 'forbidden');
  });

  it('resolves conditional identifier references and honours ifNoneExist', async () => {
    const directory: Bundle = {
      resourceType: 'Bundle', type: 'transaction',
      entry: [{ fullUrl: 'urn:uuid:dr', resource: { resourceType: 'Practitioner', identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '9999999999' }], name: [{ family: 'Patel' }] }, request: { method: 'POST', url: 'Practitioner', ifNoneExist: 'identifier=http://hl7.org/fhir/sid/us-npi|9999999999' } }],
    } as Bundle;
    const first = await store.transaction(ctx, directory);
    const again = await store.transaction(ctx, directory);
    expect(again.entry![0]!.response!.location).toBe(first.entry![0]!.response!.location);
    const enc = await store.create(ctx, { resourceType: 'Encounter', status: 'finished', class: { code: 'AMB' }, subject: { reference: `Patient/${patientId}` }, participant: [{ individual: { reference: 'Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999999999' } }] });
    expect(JSON.stringify(enc)).toContain(first.entry![0]!.response!.location!.split('/_history')[0]);
    await expectError(store.create(ctx, { resourceType: 'Encounter', status: 'finished', class: { code: 'AMB' }, participant: [{ individual: { reference: 'Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|0000' } }] }), 'unresolved_reference');
  });
});
