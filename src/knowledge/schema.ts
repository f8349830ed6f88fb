/** Validation of an article's front matter (and of any importer's output) with zod. */
import { z } from 'zod';
import { audiences, reviewStatuses } from './types.ts';

/** Ids authors write: lowercase-kebab (`high-blood-pressure`). */
export const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids importers may produce (MedQuAD answer ids like `CancerGov_0000001_1_Sec1`, `pubmed-12345`). */
export const importedId = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const isoDate = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

export const sourceSchema = z.object({
  organization: z.string().trim().min(1),
  title: z.string().trim().min(1),
  year: z.number().int().min(1900).max(2100),
  url: z.url().optional(),
});

export const codeSchema = z.object({
  system: z.string().regex(/^(https?|urn):/, 'system must be a URI such as http://snomed.info/sct'),
  code: z.string().trim().min(1),
  display: z.string().optional(),
});

export const reviewSchema = z.object({
  status: z.enum(reviewStatuses),
  reviewer: z.string().min(1).nullable().default(null),
  date: isoDate.nullable().default(null),
});

export const frontMatterSchema = z.object({
  id: z.string().regex(importedId, 'id must be letters, digits, dots, dashes or underscores'),
  title: z.string().trim().min(1),
  audience: z.enum(audiences),
  summary: z.string().trim().min(1),
  sources: z.array(sourceSchema).default([]),
  codes: z.array(codeSchema).nullable().default([]).transform((c) => c ?? []),
  review: reviewSchema.default({ status: 'draft', reviewer: null, date: null }),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** One line per problem: `field.path: message`. */
export function describeZodError(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(front matter)'}: ${issue.message}`);
}
