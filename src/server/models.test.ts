import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployTestRiskModel, startDemoServer } from './testing.ts';

/** A model trained on record-cohort features is served in the chart once deployed. */
describe('models in the chart', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let cookie = '';

  beforeAll(async () => {
    server = await startDemoServer({ patients: 2, webRoot: '/nonexistent' });
    const { services, credentials } = server;
    await deployTestRiskModel(services, credentials.institution);
    const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ institution: credentials.institution, email: credentials.clinician.email, password: credentials.clinician.password }) });
    cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  });
  afterAll(async () => server.close());

  it('scores each deployed model for the patient with an explanation', async () => {
    const res = await fetch(`${server.url}/api/clinician/patients/${server.credentials.patients[0]!.patientId}/models`, { headers: { cookie } });
    const models = (await res.json()) as { model: string; scored: boolean; probability: number; contributions: { feature: string; contribution: number }[]; logOdds: number; expectedLogOdds: number }[];
    expect(models).toHaveLength(1);
    const m = models[0]!;
    expect(m).toMatchObject({ model: 'test-risk', scored: true });
    expect(m.probability).toBeGreaterThan(0);
    expect(m.probability).toBeLessThan(1);
    expect(m.expectedLogOdds + m.contributions.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(m.logOdds, 8);
    expect(m.contributions.map((c) => c.feature)).toContain('age');
  });

  it('predicts from posted inputs and refuses patients', async () => {
    const res = await fetch(`${server.url}/api/models/test-risk/predict`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ inputs: { age: 80, sex: 'male', sbp: 165 } }) });
    expect(((await res.json()) as { probability: number }).probability).toBeGreaterThan(0.5);
  });
});
