import type { z } from 'zod';
import { GalenError } from '../../errors/index.ts';
import type { Citation } from '../citation.ts';
import { describeRange, type FieldSpec } from './fields.ts';

/** One input as the calculator received it, with where it came from when the caller said so. */
export interface InputReport {
  name: string;
  label: string;
  value: number | boolean | string | null;
  unit?: string;
  /** Where the value came from, e.g. "Observation/123 (2024-03-02)" or "entered by clinician". */
  source?: string;
}

/** An input the calculator needs and was not given. */
export interface MissingInput {
  name: string;
  label: string;
  unit?: string;
  validRange: string;
}

export interface InputDescription extends MissingInput {
  kind: FieldSpec['kind'];
  required: boolean;
  note?: string;
}

/** What every calculator returns: its own values at the top level, then interpretation, inputs and source. */
export type CalculatorResult = Record<string, unknown> & {
  calculator: string;
  title: string;
  interpretation: string;
  inputs: InputReport[];
  notes: string[];
  source: Citation;
};

export interface Computed<V> {
  values: V;
  interpretation: string;
  notes?: string[];
}

/** A value with its provenance, as the chart supplies it. */
export interface ProvidedInput {
  value: unknown;
  source?: string;
}

export type Assessment = { calculator: string; complete: false; missing: MissingInput[]; inputs: InputReport[] } | ({ complete: true } & CalculatorResult);

/** The type-erased face of a calculator, as the registry, the CLI and the chart see it. */
export interface Calculator {
  name: string;
  title: string;
  description: string;
  source: Citation;
  inputs: InputDescription[];
  /** Validates plain JSON input (refusing out-of-range values) and computes the result. */
  run(input: unknown, sources?: Record<string, string | undefined>): CalculatorResult;
  /** Takes whatever inputs are known (each with its source); lists the missing ones instead of guessing them. */
  assess(provided: Record<string, ProvidedInput | undefined>): Assessment;
}

export interface CalculatorSpec<I extends Record<string, unknown>, V extends object> {
  name: string;
  title: string;
  description: string;
  source: Citation;
  specs: Record<string, FieldSpec>;
  schema: z.ZodType<I>;
  /** Checks that involve more than one input (e.g. HDL below total cholesterol); throw GalenError. */
  check?: (input: I) => void;
  compute: (input: I) => Computed<V>;
}

function fail(calculatorTitle: string, specs: Record<string, FieldSpec>, error: z.ZodError, input: unknown): never {
  const issue = error.issues[0];
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  const spec = field ? specs[field] : undefined;
  if (spec && (issue.code === 'too_big' || issue.code === 'too_small')) {
    const value = (input as Record<string, unknown>)[field as string];
    throw new GalenError(
      'out_of_range',
      `${field} = ${String(value)} is outside the valid range of ${calculatorTitle}: ${describeRange(spec)} (${spec.label}); values outside the range the equation was derived on are refused, not extrapolated`,
      { location: field, details: { input: field, value, validRange: describeRange(spec) } },
    );
  }
  if (issue.code === 'unrecognized_keys') {
    throw new GalenError('invalid_input', `unknown input(s) ${issue.keys.join(', ')} for ${calculatorTitle}; expected: ${Object.keys(specs).join(', ')}`);
  }
  if (spec && (issue.code === 'invalid_type' && (input as Record<string, unknown> | null)?.[field as string] === undefined)) {
    throw new GalenError('invalid_input', `missing required input ${field} (${spec.label}, ${describeRange(spec)}) for ${calculatorTitle}`, { location: field });
  }
  if (spec) {
    throw new GalenError('invalid_input', `${field} must be ${describeRange(spec)} (${spec.label}) for ${calculatorTitle}`, { location: field });
  }
  throw new GalenError('invalid_input', `input for ${calculatorTitle} must be a JSON object with: ${Object.keys(specs).join(', ')}`);
}

function describeInputs(specs: Record<string, FieldSpec>): InputDescription[] {
  return Object.entries(specs).map(([name, spec]) => ({
    name,
    label: spec.label,
    kind: spec.kind,
    unit: spec.kind === 'number' ? spec.unit : undefined,
    validRange: describeRange(spec),
    required: spec.optional !== true,
    note: spec.note,
  }));
}

function report(specs: Record<string, FieldSpec>, values: Record<string, unknown>, sources: Record<string, string | undefined>): InputReport[] {
  return Object.entries(specs)
    .filter(([name]) => values[name] !== undefined && values[name] !== null)
    .map(([name, spec]) => {
      const entry: InputReport = { name, label: spec.label, value: values[name] as InputReport['value'] };
      if (spec.kind === 'number') entry.unit = spec.unit;
      if (sources[name]) entry.source = sources[name];
      return entry;
    });
}

/** Wraps a typed calculator into the registry's uniform interface. */
export function defineCalculator<I extends Record<string, unknown>, V extends object>(spec: CalculatorSpec<I, V>): Calculator {
  const inputs = describeInputs(spec.specs);

  function run(raw: unknown, sources: Record<string, string | undefined> = {}): CalculatorResult {
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) fail(spec.title, spec.specs, parsed.error, raw);
    spec.check?.(parsed.data);
    const computed = spec.compute(parsed.data);
    return {
      calculator: spec.name,
      title: spec.title,
      ...(computed.values as Record<string, unknown>),
      interpretation: computed.interpretation,
      inputs: report(spec.specs, parsed.data, sources),
      notes: computed.notes ?? [],
      source: spec.source,
    };
  }

  function assess(provided: Record<string, ProvidedInput | undefined>): Assessment {
    const values: Record<string, unknown> = {};
    const sources: Record<string, string | undefined> = {};
    for (const [name, entry] of Object.entries(provided)) {
      if (entry === undefined || entry.value === undefined || entry.value === null) continue;
      values[name] = entry.value;
      sources[name] = entry.source;
    }
    const missing = inputs
      .filter((input) => input.required && values[input.name] === undefined)
      .map(({ name, label, unit, validRange }) => ({ name, label, unit, validRange }));
    if (missing.length > 0) return { calculator: spec.name, complete: false, missing, inputs: report(spec.specs, values, sources) };
    return { complete: true, ...run(values, sources) };
  }

  return { name: spec.name, title: spec.title, description: spec.description, source: spec.source, inputs, run, assess };
}
