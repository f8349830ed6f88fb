import type { Command } from 'commander';
import { GalenError } from '../errors/index.ts';
import { seedPopulation } from '../tenancy/demo.ts';
import { tenantContext, withServices } from './context.ts';
import { printJson, withDbOption, withTenantOption } from './program.ts';
import { progressBar } from './progress.ts';

export function register(program: Command): void {
  const command = program
    .command('seed')
    .description('generate a deterministic synthetic population and store it')
    .option('--patients <n>', 'number of patients', '100')
    .option('--seed <seed>', 'seed: the same seed gives the same population', 'demo')
    .option('--spans <path>', 'write the PHI spans of the generated notes to this JSONL file');
  withTenantOption(withDbOption(command)).action(async (options: { db?: string; tenant: string; patients: string; seed: string; spans?: string }) => {
    const patients = Number(options.patients);
    if (!Number.isInteger(patients) || patients < 1 || patients > 1_000_000) throw new GalenError('invalid_input', `--patients must be a whole number from 1 to 1000000, not "${options.patients}"`);
    await withServices(options.db, async (services) => {
      const ctx = await tenantContext(services, options.tenant, { create: true });
      const bar = progressBar('seed');
      const summary = await seedPopulation(services.fhir, ctx, { patients, seed: options.seed, spansPath: options.spans, onProgress: (d, t) => bar.update(d, t) });
      bar.done();
      const { patientIds, ...rest } = summary;
      printJson({ ...rest, firstPatientIds: patientIds.slice(0, 5), ...(options.spans ? { spans: options.spans } : {}) });
    });
  });
}
