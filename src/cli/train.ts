import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { GalenError } from '../errors/index.ts';
import { loadCsvDataset, renderModelCardHtml, renderModelCardMarkdown, trainAndValidate, type AlgorithmSettings } from '../ml/index.ts';
import { printJson, withDbOption, withTenantOption } from './program.ts';
import { tenantContext, withServices } from './context.ts';
import { ModelRegistry, cohortDataset, outcomes } from '../ml/index.ts';
import { progressBar } from './progress.ts';

interface TrainOptions {
  csv?: string;
  target?: string;
  positive?: string;
  drop?: string;
  categorical?: string;
  where?: string[];
  algo: string;
  folds: string;
  seed: string;
  out?: string;
  name?: string;
  penalty?: string;
  c?: string;
  sexCodes?: string;
  cohort?: string;
  windowYears: string;
  db?: string;
  tenant: string;
  register: boolean;
}

const list = (value: string | undefined) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

function integer(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new GalenError('invalid_input', `--${name} must be an integer of at least ${min}`);
  return n;
}

/**
 * `galen train --csv PATH --target COL ...` cross-validates a model on a CSV file and prints the
 * out-of-fold figures as JSON; `--out FILE` also writes the trained model (artifact + card record)
 * as JSON, with the model card beside it as FILE.md and FILE.html.
 */
export function register(program: Command): void {
  withTenantOption(withDbOption(program
    .command('train')
    .description('train and cross-validate a risk model on a CSV file; prints AUROC (95% CI), AUPRC, Brier, calibration as JSON')
    .option('--csv <path>', 'CSV file with a header row')
    .option('--target <column>', 'outcome column (with --csv)')
    .option('--cohort <outcome>', `train on the institution's own records, de-identified (shifted profile): ${Object.keys(outcomes).join(' | ')}`)
    .option('--window-years <n>', 'with --cohort: outcome window after the index date', '3')
    .option('--positive <value>', "outcome values that count as positive: a label, a list 'a|b', or a comparison such as '>0' (default 1)")
    .option('--drop <columns>', 'comma-separated columns to leave out (identifiers, columns that reveal the outcome)')
    .option('--categorical <columns>', 'comma-separated numeric-coded columns to treat as categories')
    .option('--where <column=value>', 'keep only rows where the column has this value (repeatable)', (v: string, all: string[] = []) => [...all, v])
    .option('--sex-codes <codes>', "how the sex column's codes read, e.g. '1=male,0=female' (for subgroup reports)")
    .option('--algo <name>', 'logistic | gbdt', 'logistic')
    .option('--penalty <name>', 'logistic regression penalty: l2 | l1', 'l2')
    .option('--c <number>', 'inverse regularization strength for logistic regression', '1')
    .option('--folds <k>', 'cross-validation folds', '5')
    .option('--seed <n>', 'random seed for folds and early-stopping splits', '0')
    .option('--name <name>', 'model name for the card')
    .option('--out <file>', 'write the trained model record (JSON) and its model card (FILE.md, FILE.html)')
    .option('--no-register', 'do not store the model in the registry')))
    .action(async (options: TrainOptions) => {
      if (options.algo !== 'logistic' && options.algo !== 'gbdt') throw new GalenError('invalid_input', `--algo must be logistic or gbdt, got '${options.algo}'`);
      if (options.penalty !== 'l1' && options.penalty !== 'l2') throw new GalenError('invalid_input', `--penalty must be l1 or l2`);
      const C = Number(options.c);
      if (!(C > 0)) throw new GalenError('invalid_input', '--c must be a positive number');
      const where: Record<string, string> = {};
      for (const w of options.where ?? []) {
        const at = w.indexOf('=');
        if (at <= 0) throw new GalenError('invalid_input', `--where takes column=value, got '${w}'`);
        where[w.slice(0, at)] = w.slice(at + 1);
      }
      if (!options.cohort && (!options.csv || !options.target)) throw new GalenError('invalid_input', 'give --csv PATH --target COL, or --cohort OUTCOME');
      const fromCohort = options.cohort
        ? await withServices(options.db, async (services) => {
          const ctx = await tenantContext(services, options.tenant);
          const bar = progressBar('cohort');
          const built = await cohortDataset(services.database.db, services.fhir, ctx, { outcome: options.cohort!, windowYears: Number(options.windowYears), onProgress: (d, t) => bar.update(d, t) });
          bar.done();
          return built;
        })
        : undefined;
      const dataset = fromCohort ? fromCohort.dataset : loadCsvDataset(options.csv!, {
        name: options.name ?? options.csv!.replace(/^.*\//, '').replace(/\.csv$/i, ''),
        target: options.target!,
        positive: options.positive,
        drop: list(options.drop),
        categorical: list(options.categorical),
        where,
        ...(options.sexCodes ? { sex: { column: 'sex', labels: Object.fromEntries(list(options.sexCodes).map((pair) => pair.split('=').map((s) => s.trim()))) } } : {}),
      });
      const settings: AlgorithmSettings = options.algo === 'logistic'
        ? { algorithm: 'logistic', logistic: { penalty: options.penalty, C } }
        : { algorithm: 'gbdt' };
      const record = trainAndValidate(dataset, {
        name: options.name ?? (fromCohort ? `${fromCohort.summary.outcome}-${fromCohort.summary.windowYears}y` : undefined),
        ...(fromCohort ? {
          description: `Cohort from the institution's records, de-identified with the shifted profile: ${fromCohort.summary.included} of ${fromCohort.summary.patients} patients (excluded: ${JSON.stringify(fromCohort.summary.excluded)}); index date = last recorded event minus ${fromCohort.summary.windowYears} years; features from the 3 years before it.`,
          intendedUse: `Estimate a patient's risk of ${fromCohort.summary.outcome.replace(/-/g, ' ')} within ${fromCohort.summary.windowYears} years, shown to clinicians in the chart as decision support.`,
        } : {}),
        settings, folds: integer(options.folds, 'folds', 2), seed: integer(options.seed, 'seed', 0) });
      const overall = record.validation.evaluation.overall;
      if (options.out) {
        writeFileSync(options.out, JSON.stringify(record, null, 2) + '\n');
        const base = options.out.replace(/\.json$/i, '');
        writeFileSync(`${base}.md`, renderModelCardMarkdown(record));
        writeFileSync(`${base}.html`, renderModelCardHtml(record));
      }
      let registered: { name: string; version: number; status: string } | undefined;
      if (options.register) {
        registered = await withServices(options.db, async (services) => {
          const ctx = await tenantContext(services, options.tenant, { create: true });
          const model = await new ModelRegistry(services.database.db, (c, e) => services.audit.record(c, e)).register(ctx, record);
          return { name: model.name, version: model.version, status: model.status };
        });
      }
      printJson({
        auroc: overall.auroc,
        aurocCi: overall.aurocCi,
        auprc: overall.auprc,
        brier: overall.brier,
        calibration: overall.calibration,
        n: overall.n,
        positives: overall.positives,
        modelId: record.modelId,
        ...(fromCohort ? { cohort: fromCohort.summary } : {}),
        ...(registered ? { registry: registered } : {}),
      });
    });
}
