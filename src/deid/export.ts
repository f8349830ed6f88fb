import type { Patient, Resource } from '@medplum/fhirtypes';
import { deidentifyResource, knownFromPatient } from './fhir.ts';
import type { PatientKey } from './keys.ts';
import type { Profile, TextMode } from './transform.ts';
import { profileDescriptions, zip3 } from './transform.ts';
import type { KnownIdentifiers, PhiType } from './types.ts';
import { kAnonymity } from './kanon.ts';
import { nameWords } from './surrogates.ts';
import type { KAnonymityReport } from './kanon.ts';

/**
 * De-identifies a set of resources (a whole store export or one patient's record) with keys and
 * surrogate ids supplied by the caller's protected link table, and reports what was done.
 */
export interface ExportOptions {
  profile: Profile;
  mode?: TextMode;
  /** The random key of a patient (by real Patient id), created by the caller when new. */
  keyFor(patientId: string): PatientKey;
  /** The surrogate id of any "Type/id" reference, created by the caller when new (random, never derived). */
  surrogateFor(reference: string): string;
  /** k for the k-anonymity report (default 5). */
  k?: number;
  dateOrder?: 'mdy' | 'dmy';
  /**
   * Words of real names no surrogate may be: the names of every patient in the export. Defaults to the
   * names of the Patient resources passed in; an export done in parts passes the whole population's.
   */
  avoidNames?: ReadonlySet<string>;
}

export interface ExportReport {
  profile: Profile;
  profileDescription: string;
  safeHarbor: boolean;
  resources: number;
  resourcesByType: Record<string, number>;
  patients: number;
  phiFoundInText: Partial<Record<PhiType, number>>;
  kAnonymity: KAnonymityReport;
}

/** The patient a resource belongs to: itself, or its subject / patient / beneficiary reference. */
export function patientIdOf(resource: Resource): string | undefined {
  if (resource.resourceType === 'Patient') return resource.id;
  const r = resource as unknown as Record<string, { reference?: string } | undefined>;
  for (const field of ['subject', 'patient', 'beneficiary', 'individual']) {
    const ref = r[field]?.reference;
    const m = ref ? /^Patient\/(.+)$/.exec(ref) : null;
    if (m) return m[1];
  }
  return undefined;
}

/** The words of patients' names and of their contacts' names, for `avoidNames`. */
export function patientNameWords(patients: Iterable<Patient>): Set<string> {
  const names: string[] = [];
  for (const p of patients) {
    for (const n of [...(p.name ?? []), ...(p.contact ?? []).flatMap((c) => (c.name ? [c.name] : []))]) {
      names.push([...(n.given ?? []), n.family ?? '', n.text ?? ''].join(' '));
    }
  }
  return nameWords(names);
}

export function deidentifyResources(resources: Resource[], options: ExportOptions): { resources: Resource[]; report: ExportReport } {
  const known = new Map<string, KnownIdentifiers>();
  const patients = new Map<string, Patient>();
  for (const r of resources) {
    if (r.resourceType === 'Patient' && r.id) {
      patients.set(r.id, r);
      known.set(r.id, knownFromPatient(r));
    }
  }
  const avoidNames = options.avoidNames ?? patientNameWords(patients.values());
  const found: Partial<Record<PhiType, number>> = {};
  const byType: Record<string, number> = {};
  const out: Resource[] = [];
  for (const resource of resources) {
    const patientId = patientIdOf(resource);
    const key = patientId ? options.keyFor(patientId) : undefined;
    out.push(deidentifyResource(resource, {
      profile: options.profile, mode: options.mode, key, known: patientId ? known.get(patientId) : undefined,
      surrogateFor: options.surrogateFor, dateOrder: options.dateOrder, found, avoidNames,
    }));
    byType[resource.resourceType] = (byType[resource.resourceType] ?? 0) + 1;
  }
  const quasi = [...patients.values()].map((p) => ({
    birthYear: p.birthDate?.slice(0, 4) ?? '',
    sex: p.gender ?? '',
    zip3: zip3(p.address?.[0]?.postalCode ?? '') ?? '',
  }));
  return {
    resources: out,
    report: {
      profile: options.profile,
      profileDescription: profileDescriptions[options.profile],
      safeHarbor: options.profile === 'safe-harbor',
      resources: out.length,
      resourcesByType: byType,
      patients: patients.size,
      phiFoundInText: found,
      kAnonymity: kAnonymity(quasi, options.k ?? 5),
    },
  };
}
