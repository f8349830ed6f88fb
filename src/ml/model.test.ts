import { describe, expect, it } from 'vitest';
import { renderModelCardHtml, renderModelCardMarkdown } from './card.ts';
import { parseCsv } from './csv.ts';
import { datasetFromCsv } from './dataset.ts';
import { explain, modelIdOf, predict, predictDataset, trainModel, type ModelArtifact } from './model.ts';
import { seededRandom } from './random.ts';
import { trainAndValidate } from './record.ts';

// A small cohort as CSV: risk rises with age and marker, smokers higher, marker sometimes missing.
const random = seededRandom(5);
const lines = ['id,age,sex,smoker,marker,outcome'];
for (let i = 0; i < 240; i++) {
  const age = 30 + Math.floor(random() * 50);
  const sex = random() < 0.5 ? 'F' : 'M';
  const smoker = random() < 0.3 ? 'yes' : 'no';
  const marker = random() * 10;
  const z = -4 + 0.05 * age + (smoker === 'yes' ? 0.8 : 0) + 0.25 * marker;
  const y = random() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  lines.push(`p${i},${age},${sex},${smoker},${random() < 0.1 ? '' : marker.toFixed(2)},${y}`);
}
const dataset = datasetFromCsv(parseCsv(lines.join('\n')), { name: 'toy-cohort', target: 'outcome', drop: [{ column: 'id', reason: 'identifier' }] });

describe('model artifact', () => {
  for (const algorithm of ['logistic', 'gbdt'] as const) {
    it(`${algorithm}: predictions from raw rows match the dataset path, survive JSON, and explanations add up`, () => {
      const artifact = trainModel(dataset, { algorithm, gbdt: { maxIter: 30, minSamplesLeaf: 10 } });
      const roundTrip = JSON.parse(JSON.stringify(artifact)) as ModelArtifact;
      const rows = [{ age: 70, sex: 'M', smoker: 'yes', marker: 8 }, { age: 35, sex: 'F', smoker: 'no', marker: null }, { age: '52', sex: 'F', smoker: 'no', marker: '3.5' }];
      const p = predict(roundTrip, rows);
      expect(p[0]).toBeGreaterThan(p[1]);
      const fromDataset = predictDataset(artifact, dataset, Uint32Array.from([0]));
      const row0 = { age: 0, sex: '', smoker: '', marker: 0 } as Record<string, string | number | null>;
      for (const f of dataset.features) row0[f.name] = f.kind === 'numeric' ? (Number.isNaN(f.values[0]) ? null : f.values[0]) : f.labels[f.codes[0]];
      expect(predict(artifact, [row0])[0]).toBeCloseTo(fromDataset[0], 12);
      for (const row of rows) {
        const e = explain(roundTrip, row);
        const total = e.contributions.reduce((s, c) => s + c.contribution, e.expectedLogOdds);
        expect(total).toBeCloseTo(e.logOdds, 9);
        expect(e.probability).toBeCloseTo(predict(roundTrip, [row])[0], 12);
      }
      expect(explain(artifact, rows[0]).contributions.find((c) => c.feature === 'smoker')!.contribution).toBeGreaterThan(0);
    });
  }

  it('model id is stable for the same artifact and changes with the model', () => {
    const a = trainModel(dataset, { algorithm: 'logistic' });
    const b = trainModel(dataset, { algorithm: 'logistic' });
    const c = trainModel(dataset, { algorithm: 'logistic', logistic: { C: 0.01 } });
    expect(modelIdOf(a)).toBe(modelIdOf(b));
    expect(modelIdOf(a)).not.toBe(modelIdOf(c));
    expect(a.trainingData.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('trained-model record and model card', () => {
  const record = trainAndValidate(dataset, { settings: { algorithm: 'logistic' }, folds: 4, seed: 2, intendedUse: 'Research <demo> only.' });

  it('holds cross-validated figures, subgroups and importance', () => {
    expect(record.validation.evaluation.overall.n).toBe(240);
    expect(record.validation.evaluation.subgroups.map((s) => `${s.attribute}:${s.group}`)).toContain('sex:female');
    expect(record.importance[0].importance).toBeGreaterThan(0);
    expect(record.data.dropped).toEqual([{ column: 'id', reason: 'identifier' }]);
  });

  it('renders Markdown and HTML with the data hash, subgroup rows, calibration plot and limits', () => {
    const md = renderModelCardMarkdown(record);
    for (const heading of ['## Intended use', '## Data', '## Parameters', '## Performance', '## Calibration', '## Limits']) expect(md).toContain(heading);
    expect(md).toContain(record.data.sha256);
    expect(md).toContain('| Sex: male |');
    const html = renderModelCardHtml(record);
    expect(html).toContain('Research &lt;demo&gt; only.');
    expect(html).toContain('<svg');
    expect(html).not.toContain('<demo>');
  });
});
