import type { TrainedModelRecord } from './record.ts';
import type { Performance } from './validate.ts';

/**
 * Model cards (after Mitchell et al. 2019, with the TRIPOD+AI items a reader needs): intended use,
 * data and its hash, parameters, discrimination and calibration overall and by subgroup, the
 * reliability plot, and limits, rendered as Markdown and as standalone HTML.
 */
const num = (v: number | null | undefined, digits = 3) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits));
const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
const ci = (p: Performance) => (p.aurocCi ? `${num(p.aurocCi[0])}–${num(p.aurocCi[1])}` : '–');

interface Table { head: string[]; rows: string[][] }

function performanceTable(record: TrainedModelRecord): Table {
  const e = record.validation.evaluation;
  const row = (label: string, p: Performance) => [label, String(p.n), String(p.positives), num(p.auroc), ci(p), num(p.auprc), num(p.brier), num(p.calibration.slope, 2), num(p.calibration.intercept, 2)];
  return {
    head: ['Group', 'n', 'Outcomes', 'AUROC', '95% CI', 'AUPRC', 'Brier', 'Cal. slope', 'Cal. intercept'],
    rows: [row('All', e.overall), ...e.subgroups.map((s) => row(`${s.attribute === 'sex' ? 'Sex' : 'Age'}: ${s.group}`, s.performance))],
  };
}

function thresholdTable(record: TrainedModelRecord): Table {
  return {
    head: ['Threshold', 'Flagged', 'Sensitivity', 'Specificity', 'PPV', 'NPV'],
    rows: record.validation.evaluation.overall.thresholds.map((t) => [num(t.threshold, 2), String(t.flagged), pct(t.sensitivity), pct(t.specificity), pct(t.ppv), pct(t.npv)]),
  };
}

function facts(record: TrainedModelRecord): [string, string][] {
  const d = record.data;
  return [
    ['Model id', record.modelId],
    ['Version', String(record.version)],
    ['Created', record.createdAt],
    ['Algorithm', record.algorithm === 'logistic' ? 'Penalized logistic regression' : 'Histogram gradient-boosted trees'],
    ['Outcome', `${d.target.column} = ${d.target.positive}`],
    ['Training data', `${d.name}: ${d.n} rows, ${d.positives} with the outcome (${((100 * d.positives) / Math.max(1, d.n)).toFixed(1)}%)`],
    ['Training data SHA-256', d.sha256],
    ['Validation', record.validation.method + `, seed ${record.validation.seed}`],
  ];
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function mdTable(t: Table): string {
  return [`| ${t.head.map(md).join(' | ')} |`, `|${t.head.map(() => '---').join('|')}|`, ...t.rows.map((r) => `| ${r.map(md).join(' | ')} |`)].join('\n');
}

export function renderModelCardMarkdown(record: TrainedModelRecord): string {
  const d = record.data;
  const lines: string[] = [];
  lines.push(`# Model card: ${record.name}`, '');
  lines.push('## Intended use', '', record.intendedUse, '');
  lines.push('## Model', '', mdTable({ head: ['Item', 'Value'], rows: facts(record) }), '');
  lines.push('## Data', '');
  if (d.description) lines.push(d.description, '');
  lines.push(`Features (${d.features.length}): ${d.features.join(', ')}.`, '');
  if (d.dropped.length) lines.push('Columns not used:', '', ...d.dropped.map((c) => `- \`${c.column}\`: ${c.reason}`), '');
  if (d.excludedRows.length) lines.push('Rows excluded:', '', ...d.excludedRows.map((r) => `- ${r.count} rows: ${r.reason}`), '');
  lines.push('## Parameters', '', mdTable({ head: ['Parameter', 'Value'], rows: Object.entries(record.parameters).map(([k, v]) => [k, String(v)]) }), '');
  lines.push('## Performance', '', `Out-of-fold predictions, ${record.validation.method}.`, '', mdTable(performanceTable(record)), '');
  lines.push('### At chosen thresholds', '', mdTable(thresholdTable(record)), '');
  lines.push('## Calibration', '', `Calibration slope ${num(record.validation.evaluation.overall.calibration.slope, 2)} and intercept ${num(record.validation.evaluation.overall.calibration.intercept, 2)} (ideal: 1 and 0).`, '');
  lines.push(mdTable({ head: ['Mean predicted', 'Observed', 'n'], rows: record.validation.evaluation.reliability.map((b) => [num(b.meanPredicted), num(b.observed), String(b.n)]) }), '');
  lines.push('## Most influential features', '', 'Mean absolute contribution to the log-odds over the training rows.', '');
  lines.push(mdTable({ head: ['Feature', 'Mean |contribution|'], rows: record.importance.slice(0, 10).map((f) => [f.feature, num(f.importance)]) }), '');
  lines.push('## Limits', '', ...record.limits.map((l) => `- ${l}`), '');
  return lines.join('\n');
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlTable(t: Table): string {
  return `<table><thead><tr>${t.head.map((h) => `<th>${html(h)}</th>`).join('')}</tr></thead><tbody>${t.rows.map((r) => `<tr>${r.map((c) => `<td>${html(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

export function renderModelCardHtml(record: TrainedModelRecord): string {
  const d = record.data;
  const e = record.validation.evaluation;
  const parts: string[] = [];
  parts.push('<!doctype html>', `<html lang="en"><head><meta charset="utf-8"><title>Model card: ${html(record.name)}</title>`);
  parts.push('<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}th{background:#f3f3f3}code{background:#f3f3f3;padding:0 .2rem}</style></head><body>');
  parts.push(`<h1>Model card: ${html(record.name)}</h1>`);
  parts.push('<h2>Intended use</h2>', `<p>${html(record.intendedUse)}</p>`);
  parts.push('<h2>Model</h2>', htmlTable({ head: ['Item', 'Value'], rows: facts(record) }));
  parts.push('<h2>Data</h2>');
  if (d.description) parts.push(`<p>${html(d.description)}</p>`);
  parts.push(`<p>Features (${d.features.length}): ${html(d.features.join(', '))}.</p>`);
  if (d.dropped.length) parts.push('<p>Columns not used:</p><ul>', ...d.dropped.map((c) => `<li><code>${html(c.column)}</code>: ${html(c.reason)}</li>`), '</ul>');
  if (d.excludedRows.length) parts.push('<p>Rows excluded:</p><ul>', ...d.excludedRows.map((r) => `<li>${r.count} rows: ${html(r.reason)}</li>`), '</ul>');
  parts.push('<h2>Parameters</h2>', htmlTable({ head: ['Parameter', 'Value'], rows: Object.entries(record.parameters).map(([k, v]) => [k, String(v)]) }));
  parts.push('<h2>Performance</h2>', `<p>Out-of-fold predictions, ${html(record.validation.method)}.</p>`, htmlTable(performanceTable(record)));
  parts.push('<h3>At chosen thresholds</h3>', htmlTable(thresholdTable(record)));
  parts.push('<h2>Calibration</h2>', `<p>Calibration slope ${num(e.overall.calibration.slope, 2)} and intercept ${num(e.overall.calibration.intercept, 2)} (ideal: 1 and 0).</p>`);
  // The SVG is generated by Galen from numbers only, so it is embedded as is.
  parts.push(`<figure>${e.reliabilitySvg}<figcaption>Reliability plot: observed rate against mean predicted risk by tenth of predicted risk; dashed line = perfect calibration.</figcaption></figure>`);
  parts.push('<h2>Most influential features</h2>', '<p>Mean absolute contribution to the log-odds over the training rows.</p>');
  parts.push(htmlTable({ head: ['Feature', 'Mean |contribution|'], rows: record.importance.slice(0, 10).map((f) => [f.feature, num(f.importance)]) }));
  parts.push('<h2>Limits</h2><ul>', ...record.limits.map((l) => `<li>${html(l)}</li>`), '</ul>');
  parts.push('</body></html>');
  return parts.join('\n');
}
