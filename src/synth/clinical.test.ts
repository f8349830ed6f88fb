import { describe, expect, it } from 'vitest';
import type { Bundle, Condition, DiagnosticReport, Encounter, Immunization, MedicationRequest, Observation, Patient, Procedure, Resource, AllergyIntolerance } from '@medplum/fhirtypes';
import { generatePopulation } from './index.ts';
import { directoryModel } from './directory.ts';
import { drawDemographics } from './patient.ts';
import { buildCourse } from './course.ts';
import { egfrFromCreatinine } from './physiology.ts';

const seed = 'clinical';
const population = [...generatePopulation({ patients: 100, seed })];
const all: Resource[] = population.flatMap((p) => (p.bundle.entry ?? []).map((e) => e.resource as Resource));
const byType = <T extends Resource>(bundle: Bundle, type: T['resourceType']): T[] => (bundle.entry ?? []).map((e) => e.resource as Resource).filter((r): r is T => r.resourceType === type);
const allOf = <T extends Resource>(type: T['resourceType']): T[] => all.filter((r): r is T => r.resourceType === type);

const codesOf = (c: { coding?: { system?: string; code?: string }[] } | undefined, system: string): string[] => (c?.coding ?? []).filter((x) => x.system === system).map((x) => x.code ?? '');

describe('prevalence by age and sex', () => {
  // Courses only (no notes, no FHIR) so a larger sample stays fast.
  const directory = directoryModel('prevalence');
  const courses = Array.from({ length: 300 }, (_, i) => buildCourse(drawDemographics('prevalence', i, '2026-01-01', directory), directory, '2026-01-01'));
  const rate = (filter: (c: (typeof courses)[number]) => boolean, key: string): number => {
    const group = courses.filter(filter);
    return group.filter((c) => c.chronic.some((s) => s.def.key === key)).length / Math.max(1, group.length);
  };
  const old = (c: (typeof courses)[number]) => c.demographics.age >= 60;
  const young = (c: (typeof courses)[number]) => c.demographics.age < 40;

  it('makes hypertension, diabetes and hyperlipidemia commoner over 60 than under 40', () => {
    expect(rate(old, 'hypertension')).toBeGreaterThan(rate(young, 'hypertension') + 0.2);
    expect(rate(old, 'diabetes')).toBeGreaterThan(rate(young, 'diabetes'));
    expect(rate(old, 'hyperlipidemia')).toBeGreaterThan(rate(young, 'hyperlipidemia'));
    expect(rate(old, 'hypertension')).toBeGreaterThan(0.35);
    expect(rate(young, 'hypertension')).toBeLessThan(0.3);
  });

  it('makes hypothyroidism commoner in women and COPD rare in never-smokers', () => {
    expect(rate((c) => c.demographics.sex === 'female', 'hypothyroidism')).toBeGreaterThan(rate((c) => c.demographics.sex === 'male', 'hypothyroidism'));
    expect(rate((c) => c.smoking !== 'never', 'copd')).toBeGreaterThan(rate((c) => c.smoking === 'never', 'copd'));
  });

  it('spans adult ages with a few patients over 89', () => {
    const ages = courses.map((c) => c.demographics.age);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(ages.some((a) => a > 89)).toBe(true);
    expect(ages.filter((a) => a > 89).length).toBeLessThan(courses.length * 0.05);
  });
});

describe('labs follow the conditions', () => {
  it("keeps diabetics' A1c mostly at or above 6.5% and non-diabetics' mostly below 5.7%", () => {
    const diabetic: number[] = [];
    const other: number[] = [];
    for (const p of population) {
      const dx = byType<Condition>(p.bundle, 'Condition').find((c) => codesOf(c.code, 'http://snomed.info/sct').includes('44054006'));
      for (const o of byType<Observation>(p.bundle, 'Observation')) {
        if (!codesOf(o.code, 'http://loinc.org').includes('4548-4')) continue;
        const v = o.valueQuantity?.value ?? 0;
        if (dx && (o.effectiveDateTime ?? '') >= (dx.onsetDateTime ?? '')) diabetic.push(v);
        else if (!dx) other.push(v);
      }
    }
    expect(diabetic.length).toBeGreaterThan(20);
    expect(diabetic.filter((v) => v >= 6.5).length / diabetic.length).toBeGreaterThan(0.8);
    expect(other.filter((v) => v < 5.7).length / other.length).toBeGreaterThan(0.6);
  });

  it('reports eGFR computed from the creatinine of the same draw, lower in chronic kidney disease', () => {
    const ckdEgfr: number[] = [];
    const otherEgfr: number[] = [];
    for (const p of population) {
      const patient = byType<Patient>(p.bundle, 'Patient')[0];
      const ckd = byType<Condition>(p.bundle, 'Condition').some((c) => codesOf(c.code, 'http://hl7.org/fhir/sid/icd-10-cm').includes('N18.30'));
      const byUrl = new Map((p.bundle.entry ?? []).map((e) => [e.fullUrl, e.resource as Observation]));
      for (const report of byType<DiagnosticReport>(p.bundle, 'DiagnosticReport')) {
        const members = (report.result ?? []).map((r) => byUrl.get(r.reference));
        const creat = members.find((o) => codesOf(o?.code, 'http://loinc.org').includes('2160-0'));
        const egfr = members.find((o) => codesOf(o?.code, 'http://loinc.org').includes('98979-8'));
        if (!creat || !egfr) continue;
        const age = Number((report.effectiveDateTime ?? '').slice(0, 4)) - Number((patient.birthDate ?? '').slice(0, 4));
        const expected = egfrFromCreatinine(creat.valueQuantity?.value ?? 0, age, patient.gender === 'female' ? 'female' : 'male');
        expect(Math.abs((egfr.valueQuantity?.value ?? 0) - expected)).toBeLessThan(2.5);
        (ckd ? ckdEgfr : otherEgfr).push(egfr.valueQuantity?.value ?? 0);
      }
    }
    expect(ckdEgfr.length).toBeGreaterThan(3);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(ckdEgfr)).toBeLessThan(60);
    expect(mean(otherEgfr)).toBeGreaterThan(70);
  });

  it('flags values against their reference range', () => {
    const wrong: string[] = [];
    const flags = new Set<string>();
    for (const o of allOf<Observation>('Observation')) {
      const range = o.referenceRange?.[0];
      const v = o.valueQuantity?.value;
      if (!range || v === undefined) continue;
      const flag = o.interpretation?.[0].coding?.[0].code ?? '';
      flags.add(flag);
      const expected = range.low?.value !== undefined && v < range.low.value ? 'L' : range.high?.value !== undefined && v > range.high.value ? 'H' : 'N';
      if (flag !== expected) wrong.push(`${o.code.text} ${v} flagged ${flag}`);
    }
    expect(wrong).toEqual([]);
    expect([...flags].sort()).toEqual(['H', 'L', 'N']);
  });
});

describe('resources', () => {
  it('carry the fields their type requires', () => {
    // One resource of each type and code per patient keeps this check quick; the shapes are built by the same code.
    const sample = new Map<string, Resource>();
    for (const p of population.slice(0, 40)) for (const e of p.bundle.entry ?? []) {
      const r = e.resource as Resource;
      const code = JSON.stringify((r as { code?: unknown }).code ?? (r as { vaccineCode?: unknown }).vaccineCode ?? '');
      sample.set(`${p.index}|${r.resourceType}|${code}`, r);
    }
    for (const r of sample.values()) {
      switch (r.resourceType) {
        case 'Patient': {
          const p = r as Patient;
          expect(p.name?.[0].family && p.name[0].given?.[0] && p.gender && p.birthDate).toBeTruthy();
          expect(p.address?.[0]).toMatchObject({ line: expect.any(Array), city: expect.any(String), state: expect.stringMatching(/^[A-Z]{2}$/), postalCode: expect.stringMatching(/^\d{5}$/) });
          expect(p.telecom?.some((t) => t.system === 'phone') && p.telecom.some((t) => t.system === 'email')).toBe(true);
          expect(p.identifier?.find((i) => i.system === 'urn:galen:mrn')?.type?.coding?.[0].code).toBe('MR');
          expect(p.identifier?.find((i) => i.system === 'http://hl7.org/fhir/sid/us-ssn')?.value).toMatch(/^\d{3}-\d{2}-\d{4}$/);
          expect(p.contact?.length).toBeGreaterThan(0);
          for (const c of p.contact ?? []) expect(c.name?.family && c.relationship?.length && c.telecom?.[0].value).toBeTruthy();
          break;
        }
        case 'Condition': {
          const c = r as Condition;
          expect(codesOf(c.code, 'http://snomed.info/sct')).toHaveLength(1);
          expect(codesOf(c.code, 'http://hl7.org/fhir/sid/icd-10-cm')[0]).toMatch(/^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$/);
          expect(c.clinicalStatus?.coding?.[0].code).toMatch(/^(active|resolved)$/);
          expect(['problem-list-item', 'encounter-diagnosis']).toContain(c.category?.[0].coding?.[0].code);
          expect(c.subject.reference && c.onsetDateTime).toBeTruthy();
          break;
        }
        case 'MedicationRequest': {
          const m = r as MedicationRequest;
          expect(codesOf(m.medicationCodeableConcept, 'http://www.nlm.nih.gov/research/umls/rxnorm')[0]).toMatch(/^\d+$/);
          expect(m.status && m.intent && m.authoredOn && m.dosageInstruction?.[0].text && m.subject.reference).toBeTruthy();
          break;
        }
        case 'Observation': {
          const o = r as Observation;
          expect(codesOf(o.code, 'http://loinc.org')[0]).toMatch(/^\d+-\d$/);
          expect(o.status && o.effectiveDateTime && o.subject?.reference && o.category?.[0].coding?.[0].code).toBeTruthy();
          expect(o.valueQuantity ?? o.valueCodeableConcept ?? o.component).toBeTruthy();
          if (o.valueQuantity) expect(o.valueQuantity.system).toBe('http://unitsofmeasure.org');
          break;
        }
        case 'Encounter': {
          const e = r as Encounter;
          expect(e.status && e.class.code && e.type?.[0].coding?.[0].code && e.period?.start && e.period.end && e.subject?.reference).toBeTruthy();
          expect(e.participant?.[0].individual?.reference).toMatch(/^Practitioner\?identifier=/);
          expect(e.serviceProvider?.reference).toMatch(/^Organization\?identifier=/);
          expect((e.period?.start ?? '') <= (e.period?.end ?? '')).toBe(true);
          break;
        }
        case 'Immunization': {
          const i = r as Immunization;
          expect(codesOf(i.vaccineCode, 'http://hl7.org/fhir/sid/cvx')[0]).toMatch(/^\d+$/);
          expect(i.status && i.occurrenceDateTime && i.patient.reference).toBeTruthy();
          break;
        }
        case 'Procedure': {
          const p = r as Procedure;
          expect(codesOf(p.code, 'http://snomed.info/sct')[0]).toMatch(/^\d+$/);
          expect(p.status && p.subject.reference && p.performedPeriod?.start).toBeTruthy();
          break;
        }
        case 'AllergyIntolerance': {
          const a = r as AllergyIntolerance;
          expect(a.code?.coding?.[0].code && a.patient.reference && a.clinicalStatus).toBeTruthy();
          break;
        }
        case 'DiagnosticReport': {
          const d = r as DiagnosticReport;
          expect(['57698-3', '24323-8', '51990-0', '58410-2']).toContain(codesOf(d.code, 'http://loinc.org')[0]);
          expect(d.status && d.subject?.reference && d.result?.length).toBeTruthy();
          break;
        }
      }
    }
  });

  it('include the vital signs, smoking status and vaccines the record is expected to show', () => {
    const loincs = new Set(allOf<Observation>('Observation').flatMap((o) => codesOf(o.code, 'http://loinc.org')));
    for (const code of ['85354-9', '8867-4', '39156-5', '29463-7', '72166-2', '4548-4', '2345-7', '2093-3', '2160-0', '98979-8', '2823-3', '2951-2', '3016-3', '718-7', '6690-2', '777-3', '1742-6', '9318-7']) expect(loincs.has(code), code).toBe(true);
    const bp = allOf<Observation>('Observation').find((o) => codesOf(o.code, 'http://loinc.org').includes('85354-9'));
    expect(bp?.component?.map((c) => codesOf(c.code, 'http://loinc.org')[0])).toEqual(['8480-6', '8462-4']);
    const smoking = allOf<Observation>('Observation').find((o) => codesOf(o.code, 'http://loinc.org').includes('72166-2'));
    expect(codesOf(smoking?.valueCodeableConcept, 'http://snomed.info/sct')[0]).toMatch(/^(266919005|8517006|449868002)$/);
    const cvx = new Set(allOf<Immunization>('Immunization').flatMap((i) => codesOf(i.vaccineCode, 'http://hl7.org/fhir/sid/cvx')));
    for (const code of ['150', '115', '187', '208']) expect(cvx.has(code), code).toBe(true);
  });

  it('gives medicines that match the problems (metformin for diabetes, a statin for hyperlipidemia)', () => {
    let diabetics = 0;
    for (const p of population) {
      const conditions = byType<Condition>(p.bundle, 'Condition');
      const meds = byType<MedicationRequest>(p.bundle, 'MedicationRequest').flatMap((m) => codesOf(m.medicationCodeableConcept, 'http://www.nlm.nih.gov/research/umls/rxnorm'));
      if (conditions.some((c) => codesOf(c.code, 'http://snomed.info/sct').includes('44054006'))) {
        diabetics++;
        expect(meds).toContain('860975');
      }
      if (conditions.some((c) => codesOf(c.code, 'http://snomed.info/sct').includes('55822004'))) expect(meds.some((m) => m === '83367' || m === '312961')).toBe(true);
    }
    expect(diabetics).toBeGreaterThan(3);
  });

  it('schedules mammograms only for women of screening age and spreads encounters over at least three years', () => {
    for (const p of population) {
      const patient = byType<Patient>(p.bundle, 'Patient')[0];
      const mammograms = byType<Procedure>(p.bundle, 'Procedure').filter((x) => codesOf(x.code, 'http://snomed.info/sct').includes('24623002'));
      if (mammograms.length > 0) expect(patient.gender).toBe('female');
      const starts = byType<Encounter>(p.bundle, 'Encounter').map((e) => e.period?.start ?? '').sort();
      expect(Number(starts[starts.length - 1].slice(0, 4)) - Number(starts[0].slice(0, 4))).toBeGreaterThanOrEqual(2);
    }
  });
});
