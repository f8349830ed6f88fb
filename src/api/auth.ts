import { z } from 'zod';

/** HTTP API schemas for sign-in, shared by the server (validation) and the web app (typing). */
export const roleSchema = z.enum(['patient', 'clinician', 'reviewer', 'data_scientist', 'admin']);

export const loginRequestSchema = z.object({
  institution: z.string().min(1).max(64),
  email: z.string().min(3).max(254),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  patientId: z.string().optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const institutionSummarySchema = z.object({ id: z.string(), slug: z.string(), name: z.string() });
export type InstitutionSummary = z.infer<typeof institutionSummarySchema>;

/** Body of `POST /api/auth/login` (200) and `GET /api/auth/me` (200); both answer 401 problem+json otherwise. */
export const sessionResponseSchema = z.object({ user: sessionUserSchema, institution: institutionSummarySchema });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** application/problem+json body of every non-FHIR error. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string().optional(),
  code: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
