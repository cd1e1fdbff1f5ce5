import type { SourceReport } from './build.js';
import type { Code } from './i18n.js';

/** Something the CLI reports: an error (output affected) or a warning (output fine, look at it). */
export interface Problem {
  level: 'error' | 'warning';
  code: Code;
  params?: Record<string, string | number>;
  /** `releases/dinkes`, `directory`, `config`, … */
  where?: string;
  file?: string;
  line?: number;
  column?: number;
  pointer?: string;
  /** The column (CSV header) or field the problem is about. */
  field?: string;
}

/** An error carrying a message code, for failures that stop a step (not a whole run). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly code: Code,
    readonly params: Record<string, string | number> = {},
    readonly extra: Partial<Problem> = {},
  ) {
    super(code);
  }
}

/** How a message names a source item: its title, else its link, else its id (shortened). */
export function itemName(e: { title?: string; link?: string; id?: string }): string {
  const name = (e.title ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() || e.link?.trim() || e.id?.trim() || '?';
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

/**
 * Records a source's failure: on its report (error code, HTTP status) and as an error problem
 * named after the source. Anything but a {@link CliError} is a bug and is thrown on.
 */
export function recordSourceFailure(err: unknown, report: SourceReport, problems: Problem[], where: string): asserts err is CliError {
  if (!(err instanceof CliError)) throw err;
  report.error = { code: err.code, params: err.params };
  if (err.code === 'fetch.http' && typeof err.params.status === 'number') report.http_status = err.params.status;
  problems.push({ level: 'error', code: err.code, params: err.params, where, ...err.extra });
}
