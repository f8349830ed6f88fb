import { z } from 'zod';

/** HTTP API schemas of the patient portal and the clinician in-basket. */
export const askRequestSchema = z.object({ message: z.string().trim().min(1).max(4000), conversationId: z.string().uuid().optional() });
export type AskRequest = z.infer<typeof askRequestSchema>;

export const sendMessageRequestSchema = z.object({
  subject: z.string().trim().max(200).default(''),
  text: z.string().trim().min(1).max(8000),
  /** Hand off an assistant conversation: its transcript is attached for the care team. */
  conversationId: z.string().uuid().optional(),
});
export type SendMessageRequest = z.infer<typeof sendMessageRequestSchema>;

export const replyRequestSchema = z.object({ text: z.string().trim().min(1).max(8000) });
export type ReplyRequest = z.infer<typeof replyRequestSchema>;

export const calculatorRequestSchema = z.object({
  /** Values the clinician supplies or corrects, by input name; they override what the chart holds. */
  inputs: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])).default({}),
});
