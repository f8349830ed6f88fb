import { describe, expect, it } from 'vitest';
import type { Bundle, BundleEntry, Observation, Resource } from '@medplum/fhirtypes';
import { generateDirectory, generatePatient, generatePopulation, notesToJsonl, type SyntheticPatientRecord } from './index.ts';
import { isValidNpi } from './contact-details.ts';

const seed = 'test-seed';
const population: SyntheticPatientRecord[] = [...generatePopulation({ patients: 120, seed })];
const directory = generateDirectory({ patients: 120, seed });

function resources(bundle: Bundle): Resource[] {
  return (bundle.entry ?? []).map((e) => e.resource as Resource);
}

function ofType<T extends Resource>(bundle: Bundle, type: T['resourceType']): T[] {
  return resources(bundle).filter((r): r is T => r.resourceType === type);
}

/** Every `reference` string anywhere in a value. */
function collectReferences(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) collectReferences(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else collectReferences(v, out);
    }
  }
  return out;
}

describe('determinism', () => {
  it('gives byte-identical bundles and notes for the same options', () => {
    const again = [...generatePopulation({ patients: 20, seed })];
    for (let i = 0; i < 20; i++) {
      expect(JSON.stringify(again[i].bundle)).toBe(JSON.stringify(population[i].bundle));
      expect(JSON.stringify(again[i].notes)).toBe(JSON.stringify(population[i].notes));
    }
    expect(JSON.stringify(generateDirectory({ patients: 3, seed }))).toBe(JSON.stringify(directory));
  });

  it('gives patient k the same record whatever the population size', () => {
    const five = [...generatePopulation({ patients: 5, seed: 42 })];
    const ten = [...generatePopulation({ patients: 10, seed: 42 })];
    for (let k = 0; k < 5; k++) expect(JSON.stringify(ten[k])).toBe(JSON.stringify(five[k]));
    expect(JSON.stringify(generatePatient({ seed: 42 }, 3))).toBe(JSON.stringify(five[3]));
  });

  it('gives a different population for a different seed', () => {
    const other = generatePatient({ seed: 'another' }, 0);
    expect(JSON.stringify(other.bundle)).not.toBe(JSON.stringify(population[0].bundle));
  });

  it('moves the history with asOf', () => {
    const early = generatePatient({ seed, asOf: '2022-06-30' }, 0);
    const dates = ofType<Observation>(early.bundle, 'Observation').map((o) => o.effectiveDateTime ?? '');
    expect(dates.every((d) => d < '2022-06-30')).toBe(true);
  });

  it('refuses bad options', () => {
    expect(() => [...generatePopulation({ patients: -1, seed })]).toThrow(/patients/);
    expect(() => generateDirectory({ patients: 1, seed, asOf: 'yesterday' })).toThrow(/asOf/);
  });
});

describe('bundles', () => {
  it('are transactions with urn:uuid fullUrls and POST requests', () => {
    for (const record of [...population.slice(0, 30), { index: -1, bundle: directory, notes: [] }]) {
      expect(record.bundle.resourceType).toBe('Bundle');
      expect(record.bundle.type).toBe('transaction');
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const e of record.bundle.entry ?? []) {
        const url = e.fullUrl ?? '';
        if (!/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url)) problems.push(`bad fullUrl ${url}`);
        if (seen.has(url)) problems.push(`duplicate ${url}`);
        seen.add(url);
        if (e.request?.method !== 'POST' || e.request.url !== e.resource?.resourceType) problems.push(`bad request ${JSON.stringify(e.request)}`);
      }
      expect(problems).toEqual([]);
      expect(seen.size).toBeGreaterThan(10);
    }
  });

  it('resolve every reference inside the bundle or to a directory identifier', () => {
    const directoryIdentifiers = new Set<string>();
    for (const r of resources(directory)) {
      const identifier = (r as { identifier?: { system?: string; value?: string }[] }).identifier?.[0];
      if (identifier) directoryIdentifiers.add(`${r.resourceType}?identifier=${identifier.system}|${identifier.value}`);
    }
    expect(directoryIdentifiers.size).toBeGreaterThan(20);
    const directoryUrls = new Set((directory.entry ?? []).map((e) => e.fullUrl));
    for (const ref of collectReferences(directory)) expect(directoryUrls.has(ref)).toBe(true);
    const unresolved: string[] = [];
    let checked = 0;
    for (const record of population.slice(0, 60)) {
      const urls = new Set((record.bundle.entry ?? []).map((e: BundleEntry) => e.fullUrl));
      for (const ref of collectReferences(record.bundle)) {
        checked++;
        if (!(ref.startsWith('urn:uuid:') ? urls.has(ref) : directoryIdentifiers.has(ref))) unresolved.push(ref);
      }
    }
    expect(checked).toBeGreaterThan(5_000);
    expect(unresolved).toEqual([]);
  });

  it('hold roughly 100-300 resources per patient on average', () => {
    const sizes = population.map((p) => p.bundle.entry?.length ?? 0);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(100);
    expect(mean).toBeLessThan(300);
    expect(Math.min(...sizes)).toBeGreaterThan(10);
  });

  it('give directory resources valid NPIs', () => {
    for (const r of resources(directory)) {
      const id = (r as { identifier?: { system?: string; value?: string }[] }).identifier?.[0];
      if (r.resourceType === 'PractitionerRole') continue;
      expect(id?.system).toBe('http://hl7.org/fhir/sid/us-npi');
      expect(isValidNpi(id?.value ?? '')).toBe(true);
    }
  });
});
