import { z } from 'zod';

/** HTTP API schemas of the clinician workspace, shared by the server and the web app. */
export const chartQuestionRequestSchema = z.object({ question: z.string().trim().min(2).max(500) });
export type ChartQuestionRequest = z.infer<typeof chartQuestionRequestSchema>;
