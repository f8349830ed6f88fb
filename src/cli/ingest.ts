import type { Command } from 'commander';
import { ingestFiles } from '../fhir/index.ts';
import { tenantContext, withServices } from './context.ts';
import { printJson, withDbOption, withTenantOption } from './program.ts';
import { progressBar } from './progress.ts';

export function register(program: Command): void {
  const command = program
    .command('ingest')
    .description('store FHIR R4 Bundles (.json) or Bulk Data files (.ndjson); each file is stored whole or not at all')
    .argument('<files...>', 'Bundle JSON or NDJSON files');
  withTenantOption(withDbOption(command)).action(async (files: string[], options: { db?: string; tenant: string }) => {
    await withServices(options.db, async (services) => {
      const ctx = await tenantContext(services, options.tenant, { create: true });
      const bar = progressBar('ingest');
      const summary = await ingestFiles(services.fhir, ctx, files, (done, total, resources) => bar.update(done, total, `${resources} resources`));
      bar.done();
      printJson(summary);
    });
  });
}
