/**
 * `parley`: the command line. Each command has `--help`; the exit code is 0 only when
 * everything succeeded, 1 when something failed (a broken article, a gold error), 2 on a
 * usage error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COMMANDS, UsageError, type Command } from './commands.js';
import { InputError } from '../io/errors.js';

const USAGE = `parley — negotiation briefs from news articles, with evidence for every fact

Usage: parley <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.name.padEnd(11)} ${c.summary}`)
  .join('\n')}

Run 'parley <command> --help' for a command's options.`;

function helpOf(c: Command): string {
  const opts = Object.entries(c.options).map(([k, o]) => `  --${k}${o.type === 'string' ? ` ${o.arg ?? 'VALUE'}` : ''}`.padEnd(28) + o.help);
  return `Usage: parley ${c.name} ${c.usage}\n\n${c.summary}\n\n${c.description ? c.description + '\n\n' : ''}Options:\n${[...opts, '  --help'.padEnd(28) + 'show this help'].join('\n')}`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('parley 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`parley: unknown command '${name}'\n\n${USAGE}\n`);
    return 2;
  }
  const config: ParseArgsConfig = {
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { help: { type: 'boolean', short: 'h' }, ...Object.fromEntries(Object.entries(cmd.options).map(([k, o]) => [k, { type: o.type }])) },
  };
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (err) {
    process.stderr.write(`parley ${name}: ${(err as Error).message}\n\n${helpOf(cmd)}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(helpOf(cmd) + '\n');
    return 0;
  }
  try {
    return await cmd.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`parley ${name}: ${err.message}\n\n${helpOf(cmd)}\n`);
      return 2;
    }
    // An input problem names its file (and line) itself: one line, FILE[:LINE]: message.
    process.stderr.write(err instanceof InputError ? `${err.message}\n` : `parley ${name}: ${(err as Error).message}\n`);
    return 1;
  }
}
