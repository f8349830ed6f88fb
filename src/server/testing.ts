import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/index.ts';
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
export async function startDemoServer(opts: { patients?: number; webRoot?: string } = {}): Promise<{ url: string; credentials: DemoCredentials; services: Services; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'galen-server-'));
  const database = await openDatabase(join(dir, 'galen.db'));
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
