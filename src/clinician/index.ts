export { buildChartSummary, flagValue, conceptText, ageOn, type ChartSummary, type Series, type SeriesPoint, type SourcedItem, type Flag } from './summary.ts';
export { answerChartQuestion, type ChartAnswer } from './questions.ts';
export { measures, medicineClasses, antihypertensiveClasses, inMedicineClass } from './vocabulary.ts';
export { preventiveProfileFromRecord } from './profile.ts';
export { draftReply, needsReply, editDistance, type Draft } from './draft.ts';
export { InBasket, type DraftRecord, type InBasketMetrics } from './inbasket.ts';
export { sendPatientMessage, listThreads, getThread, replyToThread, messageCategorySystem, type MessageThread } from './messages.ts';
export { inputsFromChart, chartCalculators } from './chart-inputs.ts';
export { panelRow, sortPanel, filterPanel, type PanelRow, type PanelSort } from './panel.ts';
