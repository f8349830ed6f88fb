import type { Command } from 'commander';
import { GalenError } from '../errors/index.ts';
import { processJsonl, profiles, textModes } from '../deid/index.ts';
import type { JsonlMode, Profile } from '../deid/index.ts';

/**
 * `galen deid text`: JSONL {"id","text"} on stdin, one JSONL line per input on stdout with the spans
 * found on the input text and, in redact/surrogate modes, the transformed text. A bad line gets an
 * {"id","error"} line; the rest are still processed, and the exit code is non-zero at the end.
 */
export function register(program: Command): void {
  const deid = program.command('deid').description('De-identify clinical text and records (HIPAA Safe Harbor)');
  deid
    .command('text')
    .description('read JSONL {"id","text"[,"patient"]} on stdin; write {"id","text","spans"} per line')
    .option('--mode <mode>', 'spans | redact | surrogate', 'spans')
    .option('--profile <profile>', 'safe-harbor | shifted (used by surrogate mode)', 'safe-harbor')
    .option('--date-order <order>', 'how 03/04/2024 reads: mdy | dmy', 'mdy')
    .action(async (opts: { mode: string; profile: string; dateOrder: string }) => {
      if (!(textModes as readonly string[]).includes(opts.mode)) throw new GalenError('invalid_input', `--mode must be one of ${textModes.join(', ')}`);
      if (!(profiles as readonly string[]).includes(opts.profile)) throw new GalenError('invalid_input', `--profile must be one of ${profiles.join(', ')}`);
      if (opts.dateOrder !== 'mdy' && opts.dateOrder !== 'dmy') throw new GalenError('invalid_input', '--date-order must be mdy or dmy');
      let failures = 0;
      for await (const outcome of processJsonl(process.stdin, { mode: opts.mode as JsonlMode, profile: opts.profile as Profile, dateOrder: opts.dateOrder })) {
        if (!outcome.ok) failures++;
        if (!process.stdout.write(outcome.output + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
      if (failures > 0) {
        process.stderr.write(`galen: ${failures} line(s) could not be processed\n`);
        process.exitCode = 2;
      }
    });
}
