import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { GalenError } from '../errors/index.ts';
import { triage } from '../safety/index.ts';
import { printJson } from './program.ts';

/**
 * `galen triage`: reads JSONL `{"id","text"}` on stdin (optional `history` and `patient`) and writes
 * `{"id","level","reasons"}` per line. `galen triage "message"` prints one full result, with the
 * action and any follow-up questions. `--rules-only` leaves out the learned safety net (to compare).
 */
const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  history: z.array(z.string()).optional(),
  patient: z
    .object({
      ageYears: z.number().nonnegative().optional(),
      sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
      pregnant: z.boolean().optional(),
      conditions: z.array(z.string()).optional(),
      medications: z.array(z.string()).optional(),
    })
    .optional(),
});

/** Triage of one JSONL line; blank lines give null. Throws GalenError naming the line when it is not valid. */
export function triageLine(line: string, lineNumber: number, options: { rulesOnly?: boolean } = {}): string | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    throw new GalenError('invalid_json', 'input line is not valid JSON', { location: `line ${lineNumber}`, cause });
  }
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) {
    throw new GalenError('invalid_input', `expected {"id","text"}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`, {
      location: `line ${lineNumber}`,
    });
  }
  const { id, text, history, patient } = parsed.data;
  const result = triage(text, { history, patient, rulesOnly: options.rulesOnly });
  return JSON.stringify({ id, level: result.level, reasons: result.reasons });
}

export function register(program: Command): void {
  program
    .command('triage')
    .description('triage patient messages: JSONL {"id","text"} on stdin, {"id","level","reasons"} per line on stdout')
    .argument('[message]', 'triage one message and print the full result (level, reasons, action, follow-up questions)')
    .option('--rules-only', 'use the red-flag rules alone, without the learned safety net')
    .action(async (message: string | undefined, opts: { rulesOnly?: boolean }) => {
      if (message !== undefined) {
        printJson(triage(message, { rulesOnly: opts.rulesOnly }));
        return;
      }
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let lineNumber = 0;
      for await (const line of lines) {
        lineNumber++;
        const out = triageLine(line, lineNumber, { rulesOnly: opts.rulesOnly });
        if (out !== null) process.stdout.write(out + '\n');
      }
    });
}
