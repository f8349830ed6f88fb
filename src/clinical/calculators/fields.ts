import { z } from 'zod';

/**
 * Describes one calculator input: what it means, its unit and the range the equation was derived on.
 * The same description builds the zod schema (so validation and documentation cannot drift apart)
 * and is listed by `galen calc --list` and the chart's calculator panel.
 */
export type FieldSpec =
  | { kind: 'number'; label: string; unit: string; min: number; max: number; optional?: boolean; note?: string }
  | { kind: 'boolean'; label: string; optional?: boolean; note?: string }
  | { kind: 'choice'; label: string; options: readonly string[]; optional?: boolean; note?: string };

export interface FieldDef<S extends z.ZodType> {
  spec: FieldSpec;
  schema: S;
}

export function numberField(label: string, unit: string, min: number, max: number, note?: string): FieldDef<z.ZodNumber> {
  return { spec: { kind: 'number', label, unit, min, max, note }, schema: z.number().min(min).max(max) };
}

export function booleanField(label: string, note?: string): FieldDef<z.ZodBoolean> {
  return { spec: { kind: 'boolean', label, note }, schema: z.boolean() };
}

export function choiceField<const T extends readonly [string, ...string[]]>(label: string, options: T, note?: string): FieldDef<z.ZodEnum<{ [K in T[number]]: K }>> {
  return { spec: { kind: 'choice', label, options, note }, schema: z.enum(options) };
}

/** Marks a field as optional: the calculator runs without it and says what it could not compute. */
export function optionalField<S extends z.ZodType>(field: FieldDef<S>): FieldDef<z.ZodOptional<S>> {
  return { spec: { ...field.spec, optional: true }, schema: field.schema.optional() };
}

type Shape<D extends Record<string, FieldDef<z.ZodType>>> = { [K in keyof D]: D[K]['schema'] };

export interface InputDefinition<D extends Record<string, FieldDef<z.ZodType>>> {
  specs: { [K in keyof D]: FieldSpec };
  schema: z.ZodObject<Shape<D>>;
}

/** Builds the strict zod object schema and the spec table from one set of field definitions. */
export function defineInputs<D extends Record<string, FieldDef<z.ZodType>>>(defs: D): InputDefinition<D> {
  const shape = {} as Shape<D>;
  const specs = {} as { [K in keyof D]: FieldSpec };
  for (const key of Object.keys(defs) as (keyof D)[]) {
    shape[key] = defs[key].schema as Shape<D>[typeof key];
    specs[key] = defs[key].spec;
  }
  return { specs, schema: z.strictObject(shape) as unknown as z.ZodObject<Shape<D>> };
}

/** Human form of a field's valid range, e.g. "40–79 years". */
export function describeRange(spec: FieldSpec): string {
  if (spec.kind === 'number') return `${spec.min}–${spec.max} ${spec.unit}`.trim();
  if (spec.kind === 'choice') return spec.options.join(' | ');
  return 'true | false';
}
