import type { Command } from 'commander';
import { GalenError } from '../errors/index.ts';
import { tenantContext, withServices } from './context.ts';
import { printJson, withDbOption, withTenantOption } from './program.ts';

export function register(program: Command): void {
  withTenantOption(withDbOption(program.command('ask').description("ask the patient assistant a question as the given patient would (their record only)").argument('<question>')))
    .requiredOption('--patient <id>', 'the Patient id the question is asked for')
    .option('--conversation <id>', 'continue a conversation')
    .action(async (question: string, options: { db?: string; tenant: string; patient: string; conversation?: string }) => {
      await withServices(options.db, async (services) => {
        const system = await tenantContext(services, options.tenant);
        await services.fhir.read(system, 'Patient', options.patient).catch(() => {
          throw new GalenError('not_found', `no Patient/${options.patient} in institution "${options.tenant}"`);
        });
        const ctx = { tenantId: system.tenantId, actor: { id: `cli:${options.patient}`, role: 'patient' as const, patientId: options.patient } };
        const answer = await services.assistant.answer(ctx, { message: question, ...(options.conversation ? { conversationId: options.conversation } : {}) });
        printJson({
          triage: { level: answer.triage.level, reasons: answer.triage.reasons },
          answer: answer.answer,
          citations: answer.citations,
          refused: answer.refused,
          followUpQuestions: answer.followUpQuestions,
          version: answer.version,
          conversationId: answer.conversationId,
          notice: answer.notice,
        });
      });
    });
}
