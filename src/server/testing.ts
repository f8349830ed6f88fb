import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/index.ts';
import { systemContext } from '../context.ts';
import { cohortTable, datasetFromCsv, featureNames, ModelRegistry, seededRandom, trainAndValidate, type CohortRow } from '../ml/index.ts';
import { ensureDemo } from '../tenancy/demo.ts';
import { buildServer } from './app.ts';
import { createServices, type Services } from './services.ts';

export interface DemoCredentials {
  institution: string;
  clinician: { email: string; password: string; name: string };
  admin: { email: string; password: string; name: string };
  patients: { email: string; password: string; name: string; patientId: string }[];
}

/** A real server over a fresh embedded database with a small demo population, on a free loopback port. */
export async function startDemoServer(opts: { patients?: number; webRoot?: string } = {}): Promise<{ url: string; credentials: DemoCredentials; services: Services; dbPath: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'galen-server-'));
  const dbPath = join(dir, 'galen.db');
  const database = await openDatabase(dbPath);
  const services = createServices(database);
  const demo = await ensureDemo(services.fhir, services.accounts, { patients: opts.patients ?? 3, seed: 'e2e', knowledge: services.knowledge.repository });
  const app = await buildServer(services, { webRoot: opts.webRoot });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const pick = (role: string) => {
    const a = demo.accounts.find((x) => x.role === role)!;
    return { email: a.email, password: a.password, name: a.name };
  };
  return {
    url,
    services,
    dbPath,
    credentials: {
      institution: demo.institution.slug,
      clinician: pick('clinician'),
      admin: pick('admin'),
      patients: demo.accounts.filter((a) => a.role === 'patient').map((a) => ({ email: a.email, password: a.password, name: a.name, patientId: a.patientId! })),
    },
    async close() {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers, signs off and deploys a small risk model on record-cohort features (risk rising with
 * age and systolic pressure, from seeded synthetic rows), so tests can see a deployed model served.
 */
export async function deployTestRiskModel(services: Services, institutionSlug: string, name = 'test-risk'): Promise<void> {
  const random = seededRandom(7);
  const rows: CohortRow[] = Array.from({ length: 300 }, () => {
    const features: CohortRow['features'] = Object.fromEntries(featureNames.map((f) => [f, 0]));
    features.age = 40 + Math.floor(random() * 45);
    features.sex = random() < 0.5 ? 'male' : 'female';
    features.sbp = 100 + Math.floor(random() * 70);
    const risk = 1 / (1 + Math.exp(-((Number(features.age) - 62) / 8 + (Number(features.sbp) - 135) / 15)));
    return { features, outcome: random() < risk ? 1 : 0 };
  });
  const dataset = datasetFromCsv(cohortTable(rows), { name: 'test-cohort', target: 'outcome', positive: '1', sex: { column: 'sex' }, age: 'age' });
  const institution = await services.accounts.findInstitution(institutionSlug);
  if (!institution) throw new Error(`no institution ${institutionSlug}`);
  const ctx = systemContext(institution.id);
  const registry = new ModelRegistry(services.database.db, (c, e) => services.audit.record(c, e));
  const model = await registry.register(ctx, trainAndValidate(dataset, { name, settings: { algorithm: 'logistic' }, folds: 3 }));
  await registry.validate(ctx, name, model.version, 'Dr. Test');
  await registry.deploy(ctx, name, model.version);
}
