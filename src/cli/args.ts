/** A small, strict argv parser: known flags only, `--flag value` and `--flag=value`. */
import { CliError } from './problems.js';

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Flags taking a value, with their aliases. */
const VALUE_FLAGS: Record<string, string> = { '--out': 'out', '-o': 'out', '--lang': 'lang', '--type': 'type' };
const BOOL_FLAGS: Record<string, string> = {
  '--strict': 'strict',
  '--json': 'json',
  '--quiet': 'quiet',
  '-q': 'quiet',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
};

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (VALUE_FLAGS[name]) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') throw new CliError('usage.missing-value', { option: name });
        flags.set(VALUE_FLAGS[name]!, value);
      } else if (BOOL_FLAGS[name] && eq < 0) {
        flags.set(BOOL_FLAGS[name]!, true);
      } else {
        throw new CliError('usage.unknown-option', { option: name });
      }
      continue;
    }
    if (command === undefined) command = arg;
    else positionals.push(arg);
  }
  return { command, positionals, flags };
}
