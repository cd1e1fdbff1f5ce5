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
