import { describe, expect, it } from 'vitest';
import { atThreshold, auprc, auroc, aurocDeLong, brier, calibration } from './metrics.ts';
import { seededRandom } from './random.ts';

describe('AUROC', () => {
  it('counts ordered pairs, ties as half', () => {
    // Pairs (case, non-case): (0.8,0.1)=1 (0.8,0.4)=1 (0.4,0.1)=1 (0.4,0.4)=0.5 -> 3.5/4
    expect(auroc([0.1, 0.4, 0.4, 0.8], [0, 0, 1, 1])).toBe(0.875);
    expect(auroc([0.9, 0.1], [0, 1])).toBe(0);
  });

  it('DeLong standard error and 95% CI match a hand computation', () => {
    // Cases 0.9, 0.6, 0.4; non-cases 0.7, 0.5, 0.3, 0.2.
    // Placements of cases: 1, 0.75, 0.5 (variance 0.0625); of non-cases: 1/3, 2/3, 1, 1 (variance 0.101852).
    // Var = 0.0625/3 + 0.101852/4 = 0.0462963; SE = 0.2151657; CI = 0.75 -/+ 1.959964 * SE = [0.328283, 1].
    const r = aurocDeLong([0.9, 0.6, 0.4, 0.7, 0.5, 0.3, 0.2], [1, 1, 1, 0, 0, 0, 0]);
    expect(r.auroc).toBeCloseTo(0.75, 12);
    expect(r.se).toBeCloseTo(0.2151657, 6);
    expect(r.ci[0]).toBeCloseTo(0.328283, 5);
    expect(r.ci[1]).toBe(1);
  });
});

describe('other measures', () => {
  it('average precision on a small ranking', () => {
    // Ranked: 1 (P=1), 0, 1 (P=2/3), 0 -> AP = (1 + 2/3) / 2
    expect(auprc([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0])).toBeCloseTo(5 / 6, 12);
  });

  it('Brier score', () => {
    expect(brier([1, 0, 0.5, 0.2], [1, 0, 1, 0])).toBeCloseTo((0 + 0 + 0.25 + 0.04) / 4, 12);
  });

  it('sensitivity, specificity, PPV and NPV at a threshold', () => {
    const m = atThreshold([0.9, 0.6, 0.3, 0.7, 0.2, 0.1], [1, 1, 1, 0, 0, 0], 0.5);
    // TP 2, FN 1, FP 1, TN 2
    expect(m).toEqual({ threshold: 0.5, sensitivity: 2 / 3, specificity: 2 / 3, ppv: 2 / 3, npv: 2 / 3, flagged: 3 });
    expect(atThreshold([0.1], [0], 0.5).ppv).toBeNull();
  });

  it('calibration: slope near 1 for honest risks, near 0.5 for risks twice as extreme on the log-odds scale', () => {
    const random = seededRandom(3);
    const n = 20000;
    const p = new Float64Array(n);
    const y = new Uint8Array(n);
    const extreme = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const z = (random() - 0.5) * 6;
      p[i] = 1 / (1 + Math.exp(-z));
      extreme[i] = 1 / (1 + Math.exp(-2 * z));
      y[i] = random() < p[i] ? 1 : 0;
    }
    const honest = calibration(p, y);
    expect(Math.abs(honest.slope - 1)).toBeLessThan(0.06);
    expect(Math.abs(honest.intercept)).toBeLessThan(0.06);
    expect(Math.abs(calibration(extreme, y).slope - 0.5)).toBeLessThan(0.03);
  });
});
