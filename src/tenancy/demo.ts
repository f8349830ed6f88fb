import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Bundle, Patient } from '@medplum/fhirtypes';
import { systemContext, type RequestContext } from '../context.ts';
import { requestsFromBundle, type FhirStore } from '../fhir/index.ts';
import { generateDirectory, generatePopulation, type SyntheticNote } from '../synth/index.ts';
import type { Accounts, Institution, UserRole } from './accounts.ts';
import { loadPack, type KnowledgeRepository } from '../knowledge/index.ts';

export interface SeedOptions {
  patients: number;
  seed: string | number;
  /** Where to write the PHI spans of the generated notes (JSONL), if anywhere. */
  spansPath?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSummary {
  patients: number;
  resources: number;
  byType: Record<string, number>;
  notes: number;
  seconds: number;
  resourcesPerSecond: number;
  patientIds: string[];
}

/**
 * Directory entries become conditional creates on their identifier, so seeding twice (or two
 * populations into one institution) shares one set of practitioners and organizations.
 */
function idempotentDirectory(bundle: Bundle): Bundle {
  for (const entry of bundle.entry ?? []) {
    const identifier = (entry.resource as { identifier?: { system?: string; value?: string }[] } | undefined)?.identifier?.[0];
    if (identifier?.value && entry.request) entry.request.ifNoneExist = `identifier=${identifier.system ?? ''}|${identifier.value}`;
  }
  return bundle;
}

/** Generates a synthetic population and stores it, one atomic Bundle per patient. */
export async function seedPopulation(fhir: FhirStore, ctx: RequestContext, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const byType: Record<string, number> = {};
  let resources = 0;
  let notes = 0;
  const patientIds: string[] = [];
  const synthOptions = { patients: options.patients, seed: options.seed };
  const spans = options.spansPath ? await openSpansFile(options.spansPath) : undefined;
  const count = (outcomes: { resourceType: string; status: string; id: string }[]) => {
    for (const o of outcomes) {
      if (o.status === 'exists') continue;
      byType[o.resourceType] = (byType[o.resourceType] ?? 0) + 1;
      resources++;
    }
  };
  count(await fhir.write(ctx, requestsFromBundle(idempotentDirectory(generateDirectory(synthOptions))).requests));
  const pendingNotes: SyntheticNote[][] = [];
  function* sets() {
    for (const record of generatePopulation(synthOptions)) {
      pendingNotes.push(record.notes);
      yield requestsFromBundle(record.bundle).requests;
    }
  }
  await fhir.writeSets(ctx, sets(), (outcomes, index) => {
    count(outcomes);
    const patient = outcomes.find((o) => o.resourceType === 'Patient');
    if (patient) patientIds.push(patient.id);
    for (const note of pendingNotes.shift() ?? []) {
      notes++;
      spans?.write(JSON.stringify({ noteId: note.noteId, patientIndex: note.patientIndex, patientId: patient?.id, style: note.style, text: note.text, spans: note.spans }) + '\n');
    }
    options.onProgress?.(index + 1, options.patients);
  });
  if (spans) await new Promise<void>((resolve, reject) => spans.end((error?: Error | null) => (error ? reject(error) : resolve())));
  const seconds = (performance.now() - started) / 1000;
  return {
    patients: patientIds.length,
    resources,
    byType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => a.localeCompare(b))),
    notes,
    seconds: Math.round(seconds * 1000) / 1000,
    resourcesPerSecond: Math.round(resources / Math.max(seconds, 1e-9)),
    patientIds,
  };
}

async function openSpansFile(path: string) {
  await mkdir(dirname(path), { recursive: true });
  return createWriteStream(path);
}

export const demoInstitution = { slug: 'demo', name: 'Galen Demo Clinic' };
/** Every demo account shares this password; the demo prints it and says it is for demonstration only. */
export const demoPassword = 'galen-demo';

export interface DemoAccount {
  role: UserRole;
  email: string;
  name: string;
  password: string;
  patientId?: string;
}

export interface DemoSetup {
  institution: Institution;
  created: boolean;
  accounts: DemoAccount[];
  seed?: SeedSummary;
  /** The starter knowledge pack as imported and approved for the demo. */
  knowledge?: { snapshotId: string; articles: number; approved: number; reviewer: string };
}

const staff: { role: UserRole; email: string; name: string }[] = [
  { role: 'clinician', email: 'clinician@demo.galen', name: 'Dr. Maya Chen' },
  { role: 'admin', email: 'admin@demo.galen', name: 'Sam Ortiz (admin)' },
  { role: 'reviewer', email: 'reviewer@demo.galen', name: 'Dr. Lena Weiss (reviewer)' },
  { role: 'data_scientist', email: 'data@demo.galen', name: 'Priya Nair (data science)' },
];

function patientEmail(patient: Patient, index: number): string {
  const email = patient.telecom?.find((t) => t.system === 'email')?.value;
  return (email ?? `patient${index + 1}@demo.galen`).toLowerCase();
}

function patientName(patient: Patient): string {
  const name = patient.name?.[0];
  return name ? [...(name.given ?? []), name.family].filter(Boolean).join(' ') : 'Patient';
}

/**
 * On an empty database: creates the demo institution, seeds a population, and creates a
 * clinician, an admin, a reviewer, a data scientist and a sign-in for every seeded patient.
 * On a database that has them already it only lists the accounts.
 */
export const starterPackPath = resolve(import.meta.dirname, '../../knowledge/starter');

export async function ensureDemo(fhir: FhirStore, accounts: Accounts, options: { patients: number; seed: string | number; knowledge?: KnowledgeRepository; onProgress?: (done: number, total: number) => void }): Promise<DemoSetup> {
  const existing = await accounts.findInstitution(demoInstitution.slug);
  if (existing && (await accounts.countUsers(existing.id)) > 0) {
    return { institution: existing, created: false, accounts: await listDemoAccounts(accounts, existing) };
  }
  const institution = existing ?? (await accounts.createInstitution(demoInstitution.slug, demoInstitution.name));
  const ctx = systemContext(institution.id);
  let knowledge: DemoSetup['knowledge'];
  if (options.knowledge) {
    // The starter articles ship as drafts; the demo approves them in the demo clinician's name so the
    // assistant can use them. A real institution's clinicians review each article themselves.
    const imported = await options.knowledge.importPack(ctx, loadPack(starterPackPath), starterPackPath);
    const approved = await options.knowledge.setReview(ctx, 'all', { status: 'approved', reviewer: `${staff[0]!.name} (demo approval)` });
    knowledge = { snapshotId: imported.snapshotId, articles: imported.articles, approved, reviewer: `${staff[0]!.name} (demo approval)` };
  }
  const seed = await seedPopulation(fhir, ctx, { patients: options.patients, seed: options.seed, onProgress: options.onProgress });
  const created: DemoAccount[] = [];
  for (const s of staff) {
    await accounts.createUser(institution.id, { ...s, password: demoPassword });
    created.push({ ...s, password: demoPassword });
  }
  const used = new Set<string>();
  for (const [index, patientId] of seed.patientIds.entries()) {
    const patient = (await fhir.read(ctx, 'Patient', patientId)) as Patient;
    let email = patientEmail(patient, index);
    if (used.has(email)) email = `patient${index + 1}@demo.galen`;
    used.add(email);
    const name = patientName(patient);
    await accounts.createUser(institution.id, { role: 'patient', email, name, password: demoPassword, patientId });
    created.push({ role: 'patient', email, name, password: demoPassword, patientId });
  }
  return { institution, created: true, accounts: created, seed, ...(knowledge ? { knowledge } : {}) };
}

async function listDemoAccounts(accounts: Accounts, institution: Institution): Promise<DemoAccount[]> {
  return (await accounts.listUsers(institution.id)).map((u) => ({ role: u.role, email: u.email, name: u.name, password: demoPassword, ...(u.patientId ? { patientId: u.patientId } : {}) }));
}
