#!/usr/bin/env node
/**
 * `siar` — the Siar publisher kit. `siar build` turns a province's sources into the static
 * files the widgets read; `siar validate` checks such a file. See `siar --help` and
 * docs/publisher.md.
 */
import { parseArgs, type ParsedArgs } from './args.js';
import { runBuild } from './build.js';
import { helpText } from './help.js';
import { pickLang, t, type Lang } from './i18n.js';
import { CliError } from './problems.js';
import { buildJson, buildSummary, formatProblem, progressPrinter, validateJson, validateSummary } from './report.js';
import { runValidate } from './validate.js';
import { VERSION } from './version.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
};

const ALLOWED: Record<string, string[]> = {
  build: ['out', 'strict', 'json', 'quiet', 'lang', 'help'],
  validate: ['json', 'lang', 'type', 'help'],
};

function usage(io: CliIO, lang: Lang, err: CliError, command?: string): number {
  io.stderr(`siar: ${t(lang, err.code, err.params)}\n${t(lang, 'usage.see-help', { command: command ?? '' }).replace('siar  --help', 'siar --help')}\n`);
  return 2;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  let args: ParsedArgs;
  const early = pickLang(argv.find((_a, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7), io.env) ?? 'id';
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof CliError) return usage(io, early, err);
    throw err;
  }
  const langFlag = args.flags.get('lang');
  const lang = pickLang(typeof langFlag === 'string' ? langFlag : undefined, io.env);
  if (!lang) return usage(io, 'id', new CliError('usage.bad-lang', { value: String(langFlag ?? io.env.SIAR_LANG) }), args.command);

  if (args.flags.has('version') && !args.command) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!args.command) {
    if (args.flags.has('help')) {
      io.stdout(helpText('main', lang, VERSION));
      return 0;
    }
    io.stderr(helpText('main', lang, VERSION));
    return 2;
  }
  if (args.command === 'help') {
    const topic = args.positionals[0] === 'build' || args.positionals[0] === 'validate' ? args.positionals[0] : 'main';
    io.stdout(helpText(topic, lang, VERSION));
    return 0;
  }
  if (args.command !== 'build' && args.command !== 'validate') {
    return usage(io, lang, new CliError('usage.unknown-command', { command: args.command }));
  }
  const command = args.command;
  if (args.flags.has('help')) {
    io.stdout(helpText(command, lang, VERSION));
    return 0;
  }
  for (const name of args.flags.keys()) {
    if (!ALLOWED[command]!.includes(name)) return usage(io, lang, new CliError('usage.unknown-option', { option: `--${name}` }), command);
  }
  const json = args.flags.has('json');
  if (args.positionals.length === 0) {
    return usage(io, lang, new CliError('usage.missing-argument', { name: command === 'build' ? '<konfigurasi.json>' : '<berkas-atau-url>' }), command);
  }
  if (args.positionals.length > 1) return usage(io, lang, new CliError('usage.extra-argument', { value: args.positionals[1]! }), command);

  if (command === 'build') {
    const quiet = args.flags.has('quiet');
    const out = args.flags.get('out');
    const result = await runBuild({
      config: args.positionals[0]!,
      ...(typeof out === 'string' ? { out } : {}),
      strict: args.flags.has('strict'),
      env: io.env,
      ...(json ? {} : { onEvent: progressPrinter(lang, (line) => io.stderr(`${line}\n`), quiet) }),
    });
    if (json) io.stdout(`${JSON.stringify(buildJson(result, lang), null, 2)}\n`);
    else {
      const lines = buildSummary(result, lang, quiet);
      if (lines.length) io.stderr(`${lines.join('\n')}\n`);
    }
    return result.exitCode;
  }

  const type = args.flags.get('type');
  if (type !== undefined && type !== 'feed' && type !== 'profile' && type !== 'directory') {
    return usage(io, lang, new CliError('usage.bad-type', { value: String(type) }), command);
  }
  const result = await runValidate(args.positionals[0]!, type ? { type } : {});
  if (json) io.stdout(`${JSON.stringify(validateJson(result, lang), null, 2)}\n`);
  else {
    const lines = validateSummary(result, lang);
    (result.exitCode === 0 ? io.stdout : io.stderr)(`${lines.join('\n')}\n`);
  }
  return result.exitCode;
}

// Run when executed directly (the bin), not when imported by tests.
const invoked = process.argv[1] ? (await import('node:fs')).realpathSync(process.argv[1]) : '';
if (invoked && (await import('node:url')).fileURLToPath(import.meta.url) === invoked) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`siar: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

export { formatProblem };
