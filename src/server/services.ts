import type { Resource } from '@medplum/fhirtypes';
import { ConversationStore, ExtractiveComposer, PatientAssistant, composerFromEnv, type Composer, type KnowledgeEvidence } from '../assistant/index.ts';
import { AuditLog } from '../audit/index.ts';
import { InBasket, buildChartSummary, draftReply } from '../clinician/index.ts';
import type { RequestContext } from '../context.ts';
import { FhirStore } from '../fhir/index.ts';
import { KnowledgeRepository, KnowledgeService } from '../knowledge/index.ts';
import { checkGrounding, guard, triage } from '../safety/index.ts';
import type { GalenDatabase } from '../store/index.ts';
import { Accounts } from '../tenancy/index.ts';

/** The domain services one server (or CLI run) works with, built once over one database. */
export interface Services {
  database: GalenDatabase;
  fhir: FhirStore;
  accounts: Accounts;
  audit: AuditLog;
  knowledge: KnowledgeService;
  assistant: PatientAssistant;
  conversations: ConversationStore;
  inbasket: InBasket;
  patientRecord(ctx: RequestContext, patientId: string): Promise<Resource[]>;
  patientKnowledge(ctx: RequestContext, query: string, k: number): Promise<KnowledgeEvidence[]>;
}

export function createServices(database: GalenDatabase, options: { composer?: Composer } = {}): Services {
  const fhir = new FhirStore(database.db);
  const audit = new AuditLog(database.db);
  const knowledge = new KnowledgeService(database.db, new KnowledgeRepository(database.db));
  const conversations = new ConversationStore(database.db);
  const patientRecord = (ctx: RequestContext, patientId: string): Promise<Resource[]> => fhir.patientRecord(ctx, patientId);
  // Patient-facing knowledge: approved, patient-audience passages only, whoever asks (drafts to patients too).
  const patientKnowledge = async (ctx: RequestContext, query: string, k: number): Promise<KnowledgeEvidence[]> =>
    (await knowledge.retrieve(ctx, query, { audience: 'patient', statuses: ['approved'], k })).map(({ passage }) => ({
      kind: 'knowledge', id: passage.id, articleId: passage.articleId, title: passage.title, section: passage.section, text: passage.text, citations: passage.citations,
    }));
  const assistant = new PatientAssistant({
    triage,
    guard,
    checkGrounding: (sentences, sources) => checkGrounding(sentences, sources),
    patientRecord,
    retrieve: patientKnowledge,
    composer: options.composer ?? composerFromEnv() ?? new ExtractiveComposer(),
    conversations,
    audit: (ctx, entry) => audit.record(ctx, entry),
  });
  const inbasket = new InBasket(database.db, fhir, async (ctx, thread, clinicianName) => {
    const record = await patientRecord(ctx, thread.patientId);
    const summary = buildChartSummary(record);
    // A handed-off conversation says more about what the patient needs than a short cover note.
    const patientTurns = (thread.transcript ?? '').split('\n').filter((l) => l.startsWith('Patient')).map((l) => l.replace(/^Patient(?: \[[a-z-]+\])?: /, ''));
    const question = [thread.text, ...patientTurns].join(' ');
    return draftReply({ message: question, summary, evidence: await patientKnowledge(ctx, question, 4), clinicianName });
  });
  return { database, fhir, accounts: new Accounts(database.db), audit, knowledge, assistant, conversations, inbasket, patientRecord, patientKnowledge };
}
