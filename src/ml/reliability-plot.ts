import type { ReliabilityBin } from './metrics.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A reliability (calibration) plot as a standalone SVG string: observed event rate against mean
 * predicted risk per bin, with the diagonal of perfect calibration and point size by bin size.
 */
export function reliabilitySvg(bins: ReliabilityBin[], options: { title?: string; size?: number } = {}): string {
  const size = options.size ?? 320;
  const margin = 44;
  const plot = size - margin - 16;
  const x = (v: number) => (margin + v * plot).toFixed(1);
  const y = (v: number) => (16 + (1 - v) * plot).toFixed(1);
  const maxN = Math.max(1, ...bins.map((b) => b.n));
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(options.title ?? 'Reliability plot')}">`);
  parts.push(`<title>${escapeXml(options.title ?? 'Reliability plot')}</title>`);
  parts.push(`<rect x="${margin}" y="16" width="${plot}" height="${plot}" fill="#fff" stroke="#999"/>`);
  for (const t of ticks) {
    parts.push(`<line x1="${x(t)}" y1="${y(0)}" x2="${x(t)}" y2="${(16 + plot + 4).toFixed(1)}" stroke="#999"/>`);
    parts.push(`<text x="${x(t)}" y="${(16 + plot + 16).toFixed(1)}" font-size="10" text-anchor="middle">${t}</text>`);
    parts.push(`<line x1="${margin - 4}" y1="${y(t)}" x2="${margin}" y2="${y(t)}" stroke="#999"/>`);
    parts.push(`<text x="${margin - 6}" y="${(Number(y(t)) + 3).toFixed(1)}" font-size="10" text-anchor="end">${t}</text>`);
  }
  parts.push(`<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#bbb" stroke-dasharray="4 3"/>`);
  if (bins.length > 1) {
    parts.push(`<polyline fill="none" stroke="#1f5fa8" stroke-width="1.5" points="${bins.map((b) => `${x(b.meanPredicted)},${y(b.observed)}`).join(' ')}"/>`);
  }
  for (const b of bins) {
    const r = (2.5 + 4 * Math.sqrt(b.n / maxN)).toFixed(1);
    parts.push(`<circle cx="${x(b.meanPredicted)}" cy="${y(b.observed)}" r="${r}" fill="#1f5fa8"><title>predicted ${b.meanPredicted.toFixed(3)}, observed ${b.observed.toFixed(3)}, n=${b.n}</title></circle>`);
  }
  parts.push(`<text x="${(margin + plot / 2).toFixed(1)}" y="${size - 4}" font-size="11" text-anchor="middle">Predicted risk</text>`);
  parts.push(`<text x="12" y="${(16 + plot / 2).toFixed(1)}" font-size="11" text-anchor="middle" transform="rotate(-90 12 ${(16 + plot / 2).toFixed(1)})">Observed rate</text>`);
  parts.push('</svg>');
  return parts.join('');
}
