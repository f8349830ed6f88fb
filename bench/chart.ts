/**
 * bench:chart — time to build a patient's chart summary (the record fetched through
 * Patient/$everything, then summarised with trends, flags and preventive care), beside a baseline
 * measured in the same run: fetching the same resources' JSON with one plain indexed query and
 * parsing it, with no summary. Goal: p95 under 100 ms for a patient with five years of history.
 *
 *   npm run bench:chart [-- --patients 60 --seed chart-bench]
 */
import { parseArgs } from 'node:util';
import { systemContext } from '../src/context.ts';
import { buildChartSummary } from '../src/clinician/index.ts';
import { FhirStore } from '../src/fhir/index.ts';
import { openTestDatabase } from '../src/store/testing.ts';
import { seedPopulation } from '../src/tenancy/demo.ts';

const { values } = parseArgs({ options: { patients: { type: 'string', default: '60' }, seed: { type: 'string', default: 'chart-bench' }, dialect: { type: 'string', default: 'sqlite' } } });
const handle = await openTestDatabase(values.dialect === 'postgres' ? 'postgres' : 'sqlite');
try {
  const fhir = new FhirStore(handle.db);
  const ctx = systemContext('bench');
  const seeded = await seedPopulation(fhir, ctx, { patients: Number(values.patients), seed: values.seed! });
  const summaryTimes: number[] = [];
  const baselineTimes: number[] = [];
  const sizes: number[] = [];
  const now = new Date('2026-01-01T00:00:00Z');
  for (let round = 0; round < 3; round++) {
    for (const id of seeded.patientIds) {
      let t = performance.now();
      const bundle = await fhir.everything(ctx, id, 'bench');
      const summary = buildChartSummary(bundle.entry!.map((e) => e.resource!), { now });
      const elapsed = performance.now() - t;
      if (round > 0) summaryTimes.push(elapsed); // round 0 warms caches and the JIT
      if (round === 0) sizes.push(Object.values(summary.counts).reduce((a, b) => a + b, 0));
      t = performance.now();
      const refs = await handle.db.selectFrom('fhir_reference').select(['resource_type', 'resource_id']).where('tenant_id', '=', ctx.tenantId).where('target_id', '=', id).where('target_type', '=', 'Patient').execute();
      const rows = await handle.db.selectFrom('fhir_resource').select('content').where('tenant_id', '=', ctx.tenantId).where('id', 'in', refs.map((r) => r.resource_id)).execute();
      rows.forEach((r) => JSON.parse(r.content));
      if (round > 0) baselineTimes.push(performance.now() - t);
    }
  }
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
  const result = {
    benchmark: 'chart',
    dialect: handle.dialect,
    patients: seeded.patientIds.length,
    resourcesPerPatient: { median: pct(sizes, 50), max: Math.max(...sizes) },
    summaryMs: { p50: +pct(summaryTimes, 50).toFixed(1), p95: +pct(summaryTimes, 95).toFixed(1), max: +Math.max(...summaryTimes).toFixed(1) },
    baselineFetchMs: { p50: +pct(baselineTimes, 50).toFixed(1), p95: +pct(baselineTimes, 95).toFixed(1) },
  };
  console.log(JSON.stringify(result));
  console.log('');
  console.log(`Chart summary, ${result.patients} synthetic patients (median ${result.resourcesPerPatient.median} resources, max ${result.resourcesPerPatient.max}), ${result.dialect}`);
  console.log('                          p50 ms    p95 ms');
  console.log(`summary ($everything + summary)  ${String(result.summaryMs.p50).padStart(6)}  ${String(result.summaryMs.p95).padStart(8)}`);
  console.log(`baseline (one query + parse)     ${String(result.baselineFetchMs.p50).padStart(6)}  ${String(result.baselineFetchMs.p95).padStart(8)}`);
} finally {
  await handle.drop();
}
