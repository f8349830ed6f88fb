/**
 * Clinical logic with no I/O: risk calculators, lab interpretation against reference ranges, and
 * preventive-care rules. Plain data in, plain data out; the CLI, the server and the chart reuse it.
 */
export * from './calculators/index.ts';
export * from './labs/index.ts';
export * from './preventive/index.ts';
export type { Citation } from './citation.ts';
