/**
 * Human-readable progress and summaries (stderr) and machine-readable reports (`--json`, stdout).
 */
import type { BuildEvent, BuildResult } from './build.js';
import { t, type Lang } from './i18n.js';
import type { Problem } from './problems.js';
import type { ValidateResult } from './validate.js';
import { VERSION } from './version.js';

/** `file:12:5 /items/3/url [column] galat: message (where)` */
export function formatProblem(p: Problem, lang: Lang): string {
  const loc = p.file ? `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}` : p.line ? `${p.line}${p.column ? `:${p.column}` : ''}` : '';
  const parts = [
    loc,
    p.where && p.where !== 'config' && p.where !== 'directory' ? `[${p.where}]` : '',
    p.pointer ? p.pointer : '',
    p.field ? `(${p.field})` : '',
  ].filter(Boolean);
  const level = t(lang, p.level === 'error' ? 'report.error' : 'report.warning');
  return `${parts.length ? `${parts.join(' ')}  ` : ''}${level}: ${t(lang, p.code, p.params)}`;
}

/** The JSON form of a problem: stable code and parameters, plus the message in `lang`. */
export function problemJson(p: Problem, lang: Lang): Record<string, unknown> {
  return { ...p, message: t(lang, p.code, p.params) };
}

/** Progress lines for a build, written as they happen. */
export function progressPrinter(lang: Lang, write: (line: string) => void, quiet: boolean): (e: BuildEvent) => void {
  return (e) => {
    if (quiet) return;
    if (e.type === 'start') {
      if (e.total) write(t(lang, 'report.start', { n: e.total }));
    } else if (e.type === 'directory') {
      write(`  ${t(lang, 'report.directory', { n: e.agencies, status: t(lang, `report.directory-status.${e.status}`) })}`);
    } else {
      const r = e.report;
      const width = String(e.total).length;
      const status = t(lang, `report.status.${r.status}`, { n: r.items });
      const mark = r.status === 'ok' || r.status === 'not-modified' ? '✓' : r.status === 'failed' ? '✗' : '!';
      write(`  [${String(e.done).padStart(width)}/${e.total}] ${mark} ${r.feed}/${r.id}: ${status} (${r.ms} ms)`);
    }
  };
}

export function buildSummary(result: BuildResult, lang: Lang, quiet: boolean): string[] {
  const lines: string[] = [];
  for (const p of result.problems) if (!quiet || p.level === 'error' || p.level === 'warning') lines.push(formatProblem(p, lang));
  if (!quiet) {
    for (const o of result.outputs) {
      const items = o.items !== undefined ? `, ${t(lang, o.file === 'directory.json' ? 'report.agencies' : 'report.items', { n: o.items })}` : '';
      lines.push(`  ${o.file}: ${t(lang, `report.output.${o.status}`)}${items}`);
    }
    const errors = result.problems.filter((p) => p.level === 'error').length;
    const warnings = result.problems.length - errors;
    lines.push(t(lang, 'report.done', { s: (result.ms / 1000).toFixed(1), errors, warnings }));
    if (result.exitCode === 3) lines.push(t(lang, 'report.exit.3'));
    else if (result.exitCode === 0) lines.push(t(lang, errors ? 'report.exit.0-covered' : 'report.exit.0'));
  }
  return lines;
}

export function buildJson(result: BuildResult, lang: Lang): Record<string, unknown> {
  return {
    tool: 'siar',
    version: VERSION,
    command: 'build',
    ok: result.exitCode === 0,
    exit_code: result.exitCode,
    ...(result.out ? { out: result.out } : {}),
    duration_ms: result.ms,
    stats: result.stats,
    sources: result.sources.map((s) => (s.error ? { ...s, error: { ...s.error, message: t(lang, s.error.code, s.error.params) } } : s)),
    outputs: result.outputs,
    errors: result.problems.filter((p) => p.level === 'error').map((p) => problemJson(p, lang)),
    warnings: result.problems.filter((p) => p.level === 'warning').map((p) => problemJson(p, lang)),
  };
}

export function validateSummary(result: ValidateResult, lang: Lang): string[] {
  const lines = result.problems.map((p) => formatProblem(p, lang));
  const errors = result.problems.filter((p) => p.level === 'error').length;
  const warnings = result.problems.length - errors;
  if (result.exitCode === 3) lines.push(t(lang, 'report.unreadable', { file: result.file }));
  else if (errors) lines.push(t(lang, 'report.invalid', { file: result.file, errors, warnings }));
  else {
    const params = { file: result.file, type: result.type ? t(lang, `type.${result.type}`) : '?', n: result.entries ?? 1, warnings };
    lines.push(t(lang, warnings ? 'report.valid-warnings' : 'report.valid', params));
  }
  return lines;
}

export function validateJson(result: ValidateResult, lang: Lang): Record<string, unknown> {
  return {
    tool: 'siar',
    version: VERSION,
    command: 'validate',
    file: result.file,
    ...(result.type ? { type: result.type } : {}),
    ...(result.entries !== undefined ? { entries: result.entries } : {}),
    valid: result.exitCode === 0,
    exit_code: result.exitCode,
    errors: result.problems.filter((p) => p.level === 'error').map((p) => problemJson(p, lang)),
    warnings: result.problems.filter((p) => p.level === 'warning').map((p) => problemJson(p, lang)),
  };
}
