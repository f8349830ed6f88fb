import { Command } from 'commander';
import { reportError } from './program.ts';
import { commands } from './commands.ts';

/** The `galen` command: each subcommand lives in its own file under src/cli/ and is listed in commands.ts. */
const program = new Command('galen')
  .description('Galen: the medical AI platform an institution runs on its own data')
  .showHelpAfterError()
  .exitOverride();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
