/**
 * `siar validate <file-or-url>`: recognises a Siar feed, profile or directory (or an RSS / Atom
 * feed), checks it against the published JSON Schemas and the feed rules, and reports each
 * problem with its JSON pointer and line:column in the file.
 */
import { parseDate } from '../feed/dates.js';
import { safeUrl } from '../feed/url.js';
import { ajvProblems, sortProblems } from './ajv-messages.js';
import { capProblem, isCap } from './alerts.js';
import { parseCap } from '../feed/cap.js';
import { XmlError } from '../feed/xml.js';
import { fetchUrl, isHttp, readLocal } from './fetch.js';
import { LineIndex, locateJson, type JsonLocations } from './json-pos.js';
import { parseSource } from './parse-source.js';
import { CliError, itemName, type Problem } from './problems.js';
import { validateWith } from './schemas.js';
import { userAgent } from './version.js';

export type FileType = 'feed' | 'profile' | 'directory' | 'xml-feed' | 'cap';

export interface ValidateResult {
  file: string;
  type?: FileType;
  /** Items (feed) or agencies (directory) checked. */
  entries?: number;
  problems: Problem[];
  /** 0 valid · 1 errors found · 3 could not read the file. */
  exitCode: 0 | 1 | 3;
}

/** What a JSON document is, from its shape. */
export function detectType(data: unknown): Exclude<FileType, 'xml-feed' | 'cap'> | undefined {
  if (Array.isArray(data)) return 'directory';
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  if (typeof d.version === 'string' && d.version.includes('jsonfeed.org')) return 'feed';
  if ('items' in d) return 'feed';
  if ('agencies' in d) return 'directory';
  if ('name' in d || 'time_zone' in d || 'feeds' in d) return 'profile';
  return undefined;
}

function feedRules(data: Record<string, unknown>, at: (pointer: string) => Partial<Problem>): Problem[] {
  const out: Problem[] = [];
  const items = Array.isArray(data.items) ? (data.items as Array<Record<string, unknown>>) : [];
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  let previous: number | undefined;
  let orderReported = false;
  items.forEach((item, i) => {
    if (!item || typeof item !== 'object') return;
    if (typeof item.id === 'string') {
      if (ids.has(item.id)) out.push({ level: 'error', code: 'feed.duplicate-id', params: { id: item.id, first: ids.get(item.id)! }, ...at(`/items/${i}/id`) });
      else ids.set(item.id, i);
    }
    if (typeof item.url === 'string') {
      if (urls.has(item.url)) out.push({ level: 'warning', code: 'feed.duplicate-url', params: { url: item.url, first: urls.get(item.url)! }, ...at(`/items/${i}/url`) });
      else urls.set(item.url, i);
    }
    // The date widgets sort by: date_published, else date_modified. parseDate, not Date.parse,
    // which would read a zone-less date in the zone of the machine running validate.
    const date = typeof item.date_published === 'string' ? item.date_published : typeof item.date_modified === 'string' ? item.date_modified : undefined;
    const t = parseDate(date)?.getTime();
    if (t !== undefined) {
      if (previous !== undefined && t > previous && !orderReported) {
        out.push({ level: 'warning', code: 'feed.order', params: {}, ...at(`/items/${i}/date_published`) });
        orderReported = true;
      }
      previous = t;
    }
  });
  return out;
}

function directoryRules(data: unknown, at: (pointer: string) => Partial<Problem>): Problem[] {
  const out: Problem[] = [];
  const list = Array.isArray(data) ? data : (data as { agencies?: unknown })?.agencies;
  if (!Array.isArray(list)) return out;
  const prefix = Array.isArray(data) ? '' : '/agencies';
  const ids = new Set<string>();
  list.forEach((a: { id?: unknown }, i) => {
    if (typeof a?.id !== 'string') return;
    if (ids.has(a.id)) out.push({ level: 'error', code: 'directory.duplicate-id', params: { id: a.id }, ...at(`${prefix}/${i}/id`) });
    ids.add(a.id);
  });
  list.forEach((a: { id?: unknown; parent?: unknown }, i) => {
    if (typeof a?.parent === 'string' && !ids.has(a.parent)) {
      out.push({ level: 'warning', code: 'directory.unknown-parent', params: { id: String(a.id), parent: a.parent }, ...at(`${prefix}/${i}/parent`) });
    }
  });
  return out;
}

/** Rules for RSS / Atom: what the widgets need from every item. */
async function validateXml(text: string, file: string): Promise<{ problems: Problem[]; entries: number }> {
  let feed;
  try {
    feed = await parseSource(text);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    const { line, column, ...params } = err.params;
    return { problems: [{ level: 'error', code: err.code, params, file, ...(line !== undefined ? { line: Number(line) } : {}), ...(column !== undefined ? { column: Number(column) } : {}) }], entries: 0 };
  }
  const lines = new LineIndex(text);
  const starts: number[] = [];
  const tag = feed.format === 'atom' ? /<(?:[\w-]+:)?entry[\s>]/g : /<(?:[\w-]+:)?item[\s>/]/g;
  for (let m; (m = tag.exec(text)); ) starts.push(m.index);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  feed.entries.forEach((e, i) => {
    const pos = starts[i] !== undefined ? lines.position(starts[i]!) : undefined;
    const where = { file, pointer: `/items/${i}`, ...(pos ? { line: pos.line, column: pos.column } : {}) };
    if (!e.title?.trim() && !e.summaryHtml?.trim() && !e.contentHtml?.trim()) problems.push({ level: 'warning', code: 'feed.item-no-title', params: {}, ...where });
    if (e.link === undefined || !e.link.trim()) {
      if (!e.id) problems.push({ level: 'warning', code: 'feed.item-no-link', params: {}, ...where });
    } else if (!safeUrl(e.link, /^https?:/.test(file) ? file : undefined) && /^[a-z][a-z0-9+.-]*:/i.test(e.link.trim())) {
      problems.push({ level: 'error', code: 'schema.url', params: { value: e.link }, ...where });
    }
    // An item without a publication date is dated by its last update (as `siar build` and the widgets do).
    const date = e.published ?? e.updated;
    if (date === undefined) problems.push({ level: 'warning', code: 'feed.no-date', params: {}, ...where });
    // an unreadable date: the item is still published (undated), as `siar build` does and says
    else if (!parseDate(date)) problems.push({ level: 'warning', code: 'feed.bad-date', params: { item: itemName(e), value: date }, ...where });
    const id = e.id ?? e.link;
    if (id) {
      if (seen.has(id)) problems.push({ level: 'warning', code: 'feed.duplicate-id', params: { id, first: -1 }, ...where });
      seen.add(id);
    }
  });
  return { problems, entries: feed.entries.length };
}

/** A CAP document: parsed by the widget's own strict reader (DOCTYPE refused, required fields checked). */
function validateCap(text: string, file: string): { problems: Problem[]; entries: number } {
  try {
    const alert = parseCap(text.replace(/^\uFEFF/, ''), /^https?:/.test(file) ? file : undefined);
    const problems: Problem[] = [];
    if (alert.msgType !== 'Cancel' && alert.msgType !== 'Ack' && alert.msgType !== 'Error' && !alert.infos.length) {
      problems.push({ level: 'warning', code: 'alerts.invalid-cap', params: { url: file, detail: 'no <info>' }, file });
    }
    return { problems, entries: Math.max(1, alert.infos.length) };
  } catch (err) {
    const e = capProblem(err, file);
    const cause = (err as { cause?: unknown })?.cause;
    const pos = cause instanceof XmlError ? new LineIndex(text.replace(/\r\n?/g, '\n')).position(cause.offset) : undefined;
    return { problems: [{ level: 'error', code: e.code, params: e.params, file, ...(pos ? { line: pos.line, column: pos.column } : {}) }], entries: 0 };
  }
}

export async function runValidate(target: string, options: { type?: Exclude<FileType, 'xml-feed' | 'cap'>; timeoutMs?: number } = {}): Promise<ValidateResult> {
  let text: string;
  try {
    text = isHttp(target)
      ? (await fetchUrl(target, { timeoutMs: options.timeoutMs ?? 20_000, retries: 1, backoffMs: 500, maxBytes: 20 * 1024 * 1024, userAgent: userAgent() })).text
      : (await readLocal(target, 50 * 1024 * 1024)).text;
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    return { file: target, problems: [{ level: 'error', code: err.code, params: err.params, file: target }], exitCode: 3 };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(body) && !options.type && isCap(body)) {
    const { problems, entries } = validateCap(body, target);
    return { file: target, type: 'cap', entries, problems: sortProblems(problems), exitCode: problems.some((p) => p.level === 'error') ? 1 : 0 };
  }
  if (/^\s*</.test(body) && !options.type) {
    const { problems, entries } = await validateXml(text, target);
    return { file: target, type: 'xml-feed', entries, problems: sortProblems(problems), exitCode: problems.some((p) => p.level === 'error') ? 1 : 0 };
  }
  const located = locateJson(text);
  if (!located.ok) {
    const { reason, found, position } = located.error;
    return {
      file: target,
      problems: [{ level: 'error', code: `json.${reason}` as Problem['code'], params: { found }, file: target, line: position.line, column: position.column }],
      exitCode: 1,
    };
  }
  const data = JSON.parse(body) as unknown;
  const type = options.type ?? detectType(data);
  if (!type) return { file: target, problems: [{ level: 'error', code: 'validate.unknown-type', params: {}, file: target, line: 1, column: 1 }], exitCode: 1 };
  const locations: JsonLocations = located.locations;
  const at = (pointer: string): Partial<Problem> => {
    const pos = locations.nearest(pointer);
    return { file: target, pointer, line: pos.line, column: pos.column };
  };
  const problems = ajvProblems(validateWith(type, data), data, locations, { file: target });
  if (type === 'feed' && data && typeof data === 'object') problems.push(...feedRules(data as Record<string, unknown>, at));
  if (type === 'directory') problems.push(...directoryRules(data, at));
  const list = type === 'feed' ? (data as { items?: unknown }).items : type === 'directory' ? (Array.isArray(data) ? data : (data as { agencies?: unknown }).agencies) : undefined;
  return {
    file: target,
    type,
    ...(Array.isArray(list) ? { entries: list.length } : {}),
    problems: sortProblems(problems),
    exitCode: problems.some((p) => p.level === 'error') ? 1 : 0,
  };
}
