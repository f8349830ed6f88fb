import type { PhiSpan, PhiType } from './types.ts';

/**
 * Precision, recall and F1 of detected PHI against annotated spans, at token level and span level.
 * Gold spans of kinds that Safe Harbor does not require removing (ages under 90, a year alone,
 * countries, sex) are passed as `ignore`: missing them costs nothing and finding them is no error.
 */
export interface GoldSpan {
  start: number;
  end: number;
  type: PhiType | 'IGNORE';
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  /** Tokens: typed (label must match) per type and micro-averaged, and binary (PHI or not). */
  token: { byType: Partial<Record<PhiType, Scores>>; typed: Scores; binary: Scores };
  /** Spans: strict (same offsets and type) and relaxed (any overlap, any type). */
  span: { byType: Partial<Record<PhiType, Scores>>; strict: Scores; relaxed: Scores };
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function score(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function add(target: Counts, c: Counts): void {
  target.tp += c.tp;
  target.fp += c.fp;
  target.fn += c.fn;
}

/** Accumulates counts over many documents; `result()` turns them into scores. */
export class Evaluator {
  private tokenByType = new Map<PhiType, Counts>();
  private spanByType = new Map<PhiType, Counts>();
  private tokenTyped = emptyCounts();
  private tokenBinary = emptyCounts();
  private spanStrict = emptyCounts();
  private relaxed = { predHit: 0, predTotal: 0, goldFound: 0, goldTotal: 0 };

  private bucket(map: Map<PhiType, Counts>, type: PhiType): Counts {
    let c = map.get(type);
    if (!c) { c = emptyCounts(); map.set(type, c); }
    return c;
  }

  add(text: string, gold: GoldSpan[], predicted: PhiSpan[]): void {
    this.addTokens(text, gold, predicted);
    this.addSpans(text, gold, predicted);
  }

  private addTokens(text: string, gold: GoldSpan[], predicted: PhiSpan[]): void {
    const goldAt = labelArray(text.length, gold);
    const predAt = labelArray(text.length, predicted);
    const tokenRe = /[\p{L}\p{N}]+/gu;
    for (let m = tokenRe.exec(text); m; m = tokenRe.exec(text)) {
      const g = majority(goldAt, m.index, m.index + m[0].length);
      const p = majority(predAt, m.index, m.index + m[0].length);
      if (g === 'IGNORE') continue;
      if (g && p) this.tokenBinary.tp++;
      else if (p) this.tokenBinary.fp++;
      else if (g) this.tokenBinary.fn++;
      if (g && p === g) { this.tokenTyped.tp++; this.bucket(this.tokenByType, g).tp++; continue; }
      if (p && p !== 'IGNORE') { this.tokenTyped.fp++; this.bucket(this.tokenByType, p).fp++; }
      if (g) { this.tokenTyped.fn++; this.bucket(this.tokenByType, g).fn++; }
    }
  }

  private addSpans(text: string, gold: GoldSpan[], predicted: PhiSpan[]): void {
    const trim = (s: { start: number; end: number }) => {
      let { start, end } = s;
      while (start < end && /[\s.,;:]/.test(text[start]!)) start++;
      while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
      return `${start}:${end}`;
    };
    const scored = gold.filter((g): g is GoldSpan & { type: PhiType } => g.type !== 'IGNORE');
    const ignored = gold.filter((g) => g.type === 'IGNORE');
    const goldKeys = new Set(scored.map((g) => `${trim(g)}:${g.type}`));
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    const counts = emptyCounts();
    const matched = new Set<string>();
    for (const p of predicted) {
      const key = `${trim(p)}:${p.type}`;
      const hitsGold = scored.some((g) => overlaps(g, p));
      if (!hitsGold && ignored.some((g) => overlaps(g, p))) continue;
      if (goldKeys.has(key)) { counts.tp++; matched.add(key); this.bucket(this.spanByType, p.type).tp++; }
      else { counts.fp++; this.bucket(this.spanByType, p.type).fp++; }
      this.relaxed.predTotal++;
      if (hitsGold) this.relaxed.predHit++;
    }
    for (const g of scored) {
      const key = `${trim(g)}:${g.type}`;
      if (!matched.has(key)) { counts.fn++; this.bucket(this.spanByType, g.type).fn++; }
      this.relaxed.goldTotal++;
      if (predicted.some((p) => overlaps(g, p))) this.relaxed.goldFound++;
    }
    add(this.spanStrict, counts);
  }

  result(): Evaluation {
    const byType = (map: Map<PhiType, Counts>) => Object.fromEntries([...map].sort().map(([t, c]) => [t, score(c)])) as Partial<Record<PhiType, Scores>>;
    return {
      token: { byType: byType(this.tokenByType), typed: score(this.tokenTyped), binary: score(this.tokenBinary) },
      span: { byType: byType(this.spanByType), strict: score(this.spanStrict), relaxed: relaxedScore(this.relaxed) },
    };
  }
}

/** Relaxed recall is over gold spans (touched by a prediction or not), precision over predictions (touching gold or not). */
function relaxedScore(r: { predHit: number; predTotal: number; goldFound: number; goldTotal: number }): Scores {
  const precision = r.predTotal === 0 ? 1 : r.predHit / r.predTotal;
  const recall = r.goldTotal === 0 ? 1 : r.goldFound / r.goldTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: r.goldFound, fp: r.predTotal - r.predHit, fn: r.goldTotal - r.goldFound, precision, recall, f1 };
}

function labelArray(length: number, spans: Array<{ start: number; end: number; type: string }>): Array<string | undefined> {
  const labels = new Array<string | undefined>(length);
  for (const s of spans) for (let i = Math.max(0, s.start); i < Math.min(length, s.end); i++) labels[i] = s.type;
  return labels;
}

function majority(labels: Array<string | undefined>, start: number, end: number): PhiType | 'IGNORE' | undefined {
  const counts = new Map<string, number>();
  for (let i = start; i < end; i++) {
    const l = labels[i];
    if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [l, n] of counts) if (n > bestCount) { best = l; bestCount = n; }
  // A token counts as labelled when at least half of its characters are.
  if (best && bestCount * 2 >= end - start) return best as PhiType | 'IGNORE';
  return undefined;
}
