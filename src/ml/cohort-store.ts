import type { Kysely } from 'kysely';
import { systemContext, type RequestContext } from '../context.ts';
import { deidentifyResources, LinkTable } from '../deid/index.ts';
import { GalenError } from '../errors/index.ts';
import type { FhirStore } from '../fhir/index.ts';
import type { Database } from '../store/index.ts';
import { cohortRow, cohortTable, outcomes, type CohortExclusion, type CohortRow } from './cohort.ts';
import { datasetFromCsv, type Dataset } from './dataset.ts';

export interface CohortSummary {
  outcome: string;
  windowYears: number;
  patients: number;
  included: number;
  positives: number;
  excluded: Partial<Record<CohortExclusion, number>>;
  deidentification: 'shifted';
}

/**
 * Builds a training dataset from the institution's records. Every patient's record passes through
 * the de-identification engine first (the `shifted` profile: identifiers replaced, dates moved by
 * the patient's random offset, intervals kept), so the dataset a data scientist trains on carries
 * no identifiers; the cohort logic then works on the de-identified timeline.
 */
export async function cohortDataset(db: Kysely<Database>, fhir: FhirStore, ctx: RequestContext, request: { outcome: string; windowYears: number; onProgress?: (done: number, total: number) => void }): Promise<{ dataset: Dataset; summary: CohortSummary }> {
  if (!['data_scientist', 'admin', 'system'].includes(ctx.actor.role)) throw new GalenError('forbidden', `the ${ctx.actor.role} role cannot build training cohorts`);
  const outcome = outcomes[request.outcome];
  if (!outcome) throw new GalenError('invalid_input', `unknown outcome "${request.outcome}"; known: ${Object.keys(outcomes).join(', ')}`);
  if (!(request.windowYears > 0 && request.windowYears <= 20)) throw new GalenError('out_of_range', 'the outcome window must be more than 0 and at most 20 years');
  // Identified records are read by the system on the data scientist's behalf and never returned.
  const system = systemContext(ctx.tenantId);
  const links = await LinkTable.load(db, system);
  const ids = await fhir.patientIds(system);
  const rows: CohortRow[] = [];
  const excluded: Partial<Record<CohortExclusion, number>> = {};
  for (const [i, id] of ids.entries()) {
    const record = await fhir.patientRecord(system, id, { withReferenced: false });
    const { resources } = deidentifyResources(record, { profile: 'shifted', keyFor: (p) => links.keyFor(p), surrogateFor: (r) => links.surrogateFor(r) });
    const row = cohortRow(resources, outcome, request.windowYears);
    if ('excluded' in row) excluded[row.excluded] = (excluded[row.excluded] ?? 0) + 1;
    else rows.push(row);
    request.onProgress?.(i + 1, ids.length);
  }
  await links.save();
  if (rows.length < 20) throw new GalenError('invalid_input', `the cohort has only ${rows.length} eligible patients; at least 20 are needed to train`);
  const dataset = datasetFromCsv(cohortTable(rows), { name: `${outcome.id}-${request.windowYears}y`, target: 'outcome', positive: '1', sex: { column: 'sex' }, age: 'age' });
  return {
    dataset,
    summary: { outcome: outcome.id, windowYears: request.windowYears, patients: ids.length, included: rows.length, positives: rows.filter((r) => r.outcome === 1).length, excluded, deidentification: 'shifted' },
  };
}
