import type { InBasketMetrics } from '../api/clinician.ts';

/** The team's draft figures in words: counts, acceptance, mean edit distance and median time to send. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

export function metricFigures(metrics: InBasketMetrics): { label: string; value: string }[] {
  return [
    { label: 'Drafts written', value: String(metrics.drafts) },
    { label: 'Used as is', value: String(metrics.used) },
    { label: 'Edited', value: String(metrics.edited) },
    { label: 'Discarded', value: String(metrics.discarded) },
    { label: 'Acceptance', value: metrics.acceptance === null ? '—' : `${Math.round(metrics.acceptance * 100)} %` },
    { label: 'Mean edit distance', value: metrics.meanEditDistance === null ? '—' : `${Math.round(metrics.meanEditDistance)} characters` },
    { label: 'Median time to send', value: metrics.medianSecondsToSend === null ? '—' : formatSeconds(metrics.medianSecondsToSend) },
  ];
}
