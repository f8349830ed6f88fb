export { interpretLab, labCatalog, labForLoinc } from './interpret.ts';
export type { LabFlag, LabInterpretation, LabValue, LabDefinition } from './interpret.ts';
