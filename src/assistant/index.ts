export { PatientAssistant, assistantVersion, aiNotice, type AssistantAnswer, type AssistantDeps, type AnswerCitation } from './pipeline.ts';
export { ConversationStore, type ConversationTurn } from './conversations.ts';
export { ExtractiveComposer, composeExtractive, splitSentences } from './extractive.ts';
export { OpenAiComposer, composerFromEnv } from './openai.ts';
export type { Composer, Evidence, KnowledgeEvidence, RecordEvidence, ComposedSentence } from './types.ts';
