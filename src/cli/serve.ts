import type { Command } from 'commander';
import { GalenError } from '../errors/index.ts';
import { buildServer, createServices, type Services } from '../server/index.ts';
import { openDatabase, type GalenDatabase } from '../store/index.ts';
import { ensureDemo, type DemoSetup } from '../tenancy/demo.ts';
import { resolveDbLocation, withDbOption } from './program.ts';
import { progressBar } from './progress.ts';

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  log?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new GalenError('invalid_input', `port must be 0-65535, not "${value}"`);
  return port;
}

async function listen(database: GalenDatabase, services: Services, options: ServeOptions): Promise<string> {
  // Behind HTTPS (directly or via a proxy), set GALEN_SECURE_COOKIES=1 so the session cookie is Secure.
  const app = await buildServer(services, { logger: options.log ?? false, secureCookies: process.env.GALEN_SECURE_COOKIES === '1' });
  const url = await app.listen({ port: parsePort(options.port), host: options.host });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return url.replace('127.0.0.1', 'localhost');
}

function withServeOptions(command: Command): Command {
  return withDbOption(command)
    .option('--port <port>', 'port to listen on (default: $PORT or 3000)', process.env.PORT ?? '3000')
    .option('--host <host>', 'interface to listen on (default: $HOST or 127.0.0.1)', process.env.HOST ?? '127.0.0.1')
    .option('--log', 'log each request (pino JSON on stdout)');
}

function printDemo(demo: DemoSetup, url: string): void {
  const lines: string[] = [];
  if (demo.created && demo.seed) lines.push(`Seeded ${demo.seed.patients} synthetic patients (${demo.seed.resources} FHIR resources) into ${demo.institution.name}.`);
  if (demo.knowledge) lines.push(`Imported the starter knowledge pack (${demo.knowledge.articles} articles, snapshot ${demo.knowledge.snapshotId}); for the demo all of them are marked approved by ${demo.knowledge.reviewer}. The articles ship as drafts: a real institution's clinicians review each one before patients see it.`);
  lines.push(`Institution: ${demo.institution.name} (sign-in institution "${demo.institution.slug}")`);
  lines.push('Demo accounts (for demonstration only; every demo password is shown here):');
  for (const a of demo.accounts) lines.push(`  ${a.role.padEnd(15)} ${a.email.padEnd(42)} ${a.password}  ${a.name}`);
  lines.push('', `Galen is running at ${url}  (health: ${url}/healthz, FHIR: ${url}/fhir/R4)`);
  process.stdout.write(lines.join('\n') + '\n');
}

export function register(program: Command): void {
  withServeOptions(program.command('serve').description('start the HTTP server (web app, API and FHIR R4) on an existing database')).action(async (options: ServeOptions) => {
    const database = await openDatabase(resolveDbLocation(options.db));
    const url = await listen(database, createServices(database), options);
    process.stdout.write(`Galen is running at ${url}\n`);
  });

  withServeOptions(program.command('start').description('seed a demo institution on an empty database, then serve it (what `npm start` runs)'))
    .option('--patients <n>', 'demo population size when seeding (default: $GALEN_DEMO_PATIENTS or 100)', process.env.GALEN_DEMO_PATIENTS ?? '100')
    .action(async (options: ServeOptions & { patients: string }) => {
      const patients = Number(options.patients);
      if (!Number.isInteger(patients) || patients < 1) throw new GalenError('invalid_input', `--patients must be a positive whole number, not "${options.patients}"`);
      const database = await openDatabase(resolveDbLocation(options.db));
      const services = createServices(database);
      const bar = progressBar('seeding demo population');
      const demo = await ensureDemo(services.fhir, services.accounts, { patients, seed: 'demo', knowledge: services.knowledge.repository, onProgress: (d, t) => bar.update(d, t) });
      bar.done();
      const url = await listen(database, services, options);
      printDemo(demo, url);
    });
}
