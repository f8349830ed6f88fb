import { Command, CommanderError } from 'commander';
import { isGalenError } from '../errors/index.ts';

/**
 * Shared CLI plumbing: every subcommand file exports `register(program)` and uses these helpers
 * so that options, errors and output look the same everywhere.
 */
export const defaultDatabase = './data/galen.db';

/** Adds the option every data command takes: `--db PATH|URL` (default: the embedded database or $DATABASE_URL). */
export function withDbOption(command: Command): Command {
  return command.option('--db <path|url>', 'SQLite file path or postgres:// URL (default: $DATABASE_URL or ./data/galen.db)');
}

/** Adds `--tenant SLUG` (the institution to act on; default: demo). */
export function withTenantOption(command: Command): Command {
  return command.option('--tenant <slug>', 'institution (tenant) slug', 'demo');
}

export function resolveDbLocation(option: string | undefined): string {
  return option ?? process.env.DATABASE_URL ?? defaultDatabase;
}

/** Prints a value as JSON on stdout (pretty on a terminal, one line when piped). */
export function printJson(value: unknown): void {
  const pretty = process.stdout.isTTY === true;
  process.stdout.write(JSON.stringify(value, null, pretty ? 2 : undefined) + '\n');
}

/** True when progress output should be shown (stderr is a terminal and not in CI). */
export function showProgress(): boolean {
  return process.stderr.isTTY === true && !process.env.CI;
}

/** Maps any thrown error to a one-line message on stderr and a non-zero exit code. */
export function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : error.exitCode || 2;
  if (isGalenError(error)) {
    const where = error.location ? ` (at ${error.location})` : '';
    process.stderr.write(`galen: ${error.message}${where}\n`);
    return error.status >= 500 ? 1 : 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`galen: ${message}\n`);
  return 1;
}
