import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from './calc.ts';
import { reportError } from './program.ts';

/** Runs `galen calc ...` in-process and returns what it printed and the exit code the CLI would use. */
async function galen(...args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const program = new Command('galen').exitOverride().configureOutput({ writeErr: (text) => (stderr += text), writeOut: (text) => (stdout += text) });
  register(program);
  let exitCode = 0;
  try {
    await program.parseAsync(['node', 'galen', ...args]);
  } catch (error) {
    exitCode = reportError(error);
  }
  vi.restoreAllMocks();
  return { stdout, stderr, exitCode };
}

afterEach(() => vi.restoreAllMocks());

describe('galen calc', () => {
  it('prints the Pooled Cohort Equations result with tenYearRisk as a fraction', async () => {
    const { stdout, exitCode } = await galen('calc', 'pce', '--json',
      '{"age":55,"sex":"female","race":"white","totalCholesterol":213,"hdl":50,"systolic":120,"treatedHypertension":false,"smoker":false,"diabetes":false}');
    expect(exitCode).toBe(0);
    const result = JSON.parse(stdout) as { tenYearRisk: number; source: { year: number } };
    expect(result.tenYearRisk).toBeGreaterThan(0.0205);
    expect(result.tenYearRisk).toBeLessThan(0.0206);
  });

  it('prints eGFR in mL/min/1.73 m²', async () => {
    const { stdout } = await galen('calc', 'egfr', '--json', '{"creatinine":1.0,"age":50,"sex":"male"}');
    expect(JSON.parse(stdout).egfr).toBe(92);
  });

  it('lists calculators', async () => {
    const { stdout } = await galen('calc', '--list');
    const names = (JSON.parse(stdout) as { name: string }[]).map((c) => c.name);
    expect(names).toContain('prevent');
    expect(names).toContain('fib4');
  });

  it.each([
    [['calc', 'egfr', '--json', '{"creatinine":1.0'], /not valid JSON/],
    [['calc', 'qrisk3', '--json', '{}'], /unknown calculator "qrisk3"/],
    [['calc', 'egfr', '--json', '{"creatinine":1.0,"age":15,"sex":"male"}'], /age = 15 is outside the valid range.*18–120 years/],
    [['calc', 'egfr'], /--json/],
  ])('fails clearly on stderr with a non-zero exit: %j', async (args, message) => {
    const { stdout, stderr, exitCode } = await galen(...args);
    expect(exitCode).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
