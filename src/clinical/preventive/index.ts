export { evaluatePreventiveCare, preventiveCareGaps } from './evaluate.ts';
export * as preventiveCodes from './codes.ts';
export type { Coding, DatedCoding, PreventiveItem, PreventiveProfile, PreventiveStatus, RiskFactor, SmokingHistory } from './types.ts';
