/**
 * Risk categories for 10-year ASCVD risk used by the 2018 AHA/ACC cholesterol guideline
 * (Grundy et al., Circulation 2019;139:e1082–e1143): low < 5 %, borderline 5 to < 7.5 %,
 * intermediate 7.5 to < 20 %, high ≥ 20 %.
 */
export function cardiovascularRiskCategory(risk: number): string {
  if (risk < 0.05) return 'low risk (< 5 %)';
  if (risk < 0.075) return 'borderline risk (5 to < 7.5 %)';
  if (risk < 0.2) return 'intermediate risk (7.5 to < 20 %)';
  return 'high risk (≥ 20 %)';
}
