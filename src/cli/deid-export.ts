import type { Command } from 'commander';
import { exportDeidentified } from '../deid/index.ts';
import { GalenError } from '../errors/index.ts';
import { tenantContext, withServices } from './context.ts';
import { printJson, withDbOption, withTenantOption } from './program.ts';
import { progressBar } from './progress.ts';

/** `galen deid export`: added under the `deid` command registered by deid.ts. */
export function register(program: Command): void {
  const deid = program.commands.find((c) => c.name() === 'deid') ?? program.command('deid').description('de-identification');
  withTenantOption(withDbOption(deid.command('export').description('write a de-identified NDJSON export of the whole record store, with a report')))
    .requiredOption('--out <dir>', 'folder to write <Type>.ndjson, report.json and REPORT.md into')
    .option('--profile <profile>', 'safe-harbor (default) or shifted (dates shifted per patient; NOT Safe Harbor)', 'safe-harbor')
    .option('--k <k>', 'k for the k-anonymity report', '5')
    .action(async (options: { db?: string; tenant: string; out: string; profile: string; k: string }) => {
      if (options.profile !== 'safe-harbor' && options.profile !== 'shifted') throw new GalenError('invalid_input', `--profile must be safe-harbor or shifted, not "${options.profile}"`);
      const k = Number(options.k);
      if (!Number.isInteger(k) || k < 1) throw new GalenError('invalid_input', `--k must be a positive whole number, not "${options.k}"`);
      await withServices(options.db, async (services) => {
        const ctx = await tenantContext(services, options.tenant);
        const bar = progressBar('export');
        const report = await exportDeidentified(services.database.db, services.fhir, ctx, { out: options.out, profile: options.profile as 'safe-harbor' | 'shifted', k, onProgress: (d, t) => bar.update(d, t) });
        bar.done();
        await services.audit.record(ctx, { action: 'deid.export', detail: { profile: report.profile, patients: report.patients, resources: report.resources, out: options.out } });
        printJson(report);
      });
    });
}
