import type { Command } from 'commander';
import { GalenError } from '../errors/index.ts';
import { calculators, getCalculator } from '../clinical/index.ts';
import { printJson } from './program.ts';

/** `galen calc NAME --json '{...}'` runs a clinical calculator; `galen calc --list` lists them with their inputs. */
export function register(program: Command): void {
  program
    .command('calc')
    .description('run a clinical calculator (pce, prevent, egfr, cha2ds2vasc, hasbled, bmi, fib4) and print its result as JSON')
    .argument('[name]', 'calculator name (see --list)')
    .option('--json <object>', 'the inputs as a JSON object, e.g. \'{"creatinine":1.0,"age":50,"sex":"male"}\'')
    .option('--list', 'list the calculators with their inputs, units and valid ranges')
    .action((name: string | undefined, options: { json?: string; list?: boolean }) => {
      if (options.list) {
        printJson(Object.values(calculators).map(({ name: id, title, description, inputs, source }) => ({ name: id, title, description, inputs, source })));
        return;
      }
      if (!name) throw new GalenError('invalid_input', `name a calculator (${Object.keys(calculators).join(', ')}) or use --list`);
      const calculator = getCalculator(name);
      if (options.json === undefined) throw new GalenError('invalid_input', `give the inputs with --json '{...}'; galen calc --list shows what ${name} needs`);
      let input: unknown;
      try {
        input = JSON.parse(options.json);
      } catch (error) {
        throw new GalenError('invalid_json', `--json is not valid JSON: ${(error as Error).message}`);
      }
      printJson(calculator.run(input));
    });
}
