import type { Command } from 'commander';
import { GalenError } from '../errors/index.ts';
import { ModelRegistry, type RawRow } from '../ml/index.ts';
import type { Services } from '../server/index.ts';
import { tenantContext, withServices } from './context.ts';
import { printJson, withDbOption, withTenantOption } from './program.ts';

function registry(services: Services): ModelRegistry {
  return new ModelRegistry(services.database.db, (ctx, entry) => services.audit.record(ctx, entry));
}

function versionOf(value: string): number {
  const v = Number(value);
  if (!Number.isInteger(v) || v < 1) throw new GalenError('invalid_input', `version must be a positive whole number, not "${value}"`);
  return v;
}

export function register(program: Command): void {
  const models = program.command('models').description('the model registry: list, show, approve (clinician sign-off), deploy, retire');
  const withBoth = (c: Command) => withTenantOption(withDbOption(c));

  withBoth(models.command('list').description('every model version with its status')).action(async (o: { db?: string; tenant: string }) => {
    await withServices(o.db, async (s) => printJson(await registry(s).list(await tenantContext(s, o.tenant))));
  });

  withBoth(models.command('show').description('one model version: its record, or its model card').argument('<name>').argument('[version]'))
    .option('--card', 'print the model card (Markdown) instead of the JSON record')
    .action(async (name: string, version: string | undefined, o: { db?: string; tenant: string; card?: boolean }) => {
      await withServices(o.db, async (s) => {
        const found = await registry(s).record(await tenantContext(s, o.tenant), name, version ? versionOf(version) : undefined);
        if (o.card) process.stdout.write(found.cardMarkdown);
        else printJson({ model: found.model, record: { ...found.record, artifact: { format: found.record.artifact.format, features: found.record.artifact.features } } });
      });
    });

  withBoth(models.command('approve').description('a clinician signs the model off after reading its card: draft → validated').argument('<name>').argument('<version>'))
    .requiredOption('--signer <name>', 'the clinician who signs it off')
    .action(async (name: string, version: string, o: { db?: string; tenant: string; signer: string }) => {
      await withServices(o.db, async (s) => printJson(await registry(s).validate(await tenantContext(s, o.tenant), name, versionOf(version), o.signer)));
    });

  withBoth(models.command('deploy').description('serve a validated model (retires the deployed version of the same name)').argument('<name>').argument('<version>')).action(
    async (name: string, version: string, o: { db?: string; tenant: string }) => {
      await withServices(o.db, async (s) => printJson(await registry(s).deploy(await tenantContext(s, o.tenant), name, versionOf(version))));
    },
  );

  withBoth(models.command('retire').description('stop serving or offering a model version').argument('<name>').argument('<version>')).action(
    async (name: string, version: string, o: { db?: string; tenant: string }) => {
      await withServices(o.db, async (s) => printJson(await registry(s).retire(await tenantContext(s, o.tenant), name, versionOf(version))));
    },
  );

  withBoth(program.command('predict').description('predict with a deployed model; prints the probability and its explanation'))
    .requiredOption('--model <name>', 'deployed model name')
    .requiredOption('--json <row>', 'the input row as JSON, e.g. \'{"age":63,"sex":1,...}\'')
    .action(async (o: { db?: string; tenant: string; model: string; json: string }) => {
      let row: RawRow;
      try {
        row = JSON.parse(o.json) as RawRow;
      } catch {
        throw new GalenError('invalid_json', '--json is not valid JSON');
      }
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new GalenError('invalid_input', '--json must be an object of feature values');
      await withServices(o.db, async (s) => printJson(await registry(s).predict(await tenantContext(s, o.tenant), o.model, row)));
    });
}
