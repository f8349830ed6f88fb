export { buildChartSummary, flagValue, conceptText, ageOn, type ChartSummary, type Series, type SeriesPoint, type SourcedItem, type Flag } from './summary.ts';
export { answerChartQuestion, type ChartAnswer } from './questions.ts';
export { measures, medicineClasses } from './vocabulary.ts';
export { preventiveProfileFromRecord } from './profile.ts';
