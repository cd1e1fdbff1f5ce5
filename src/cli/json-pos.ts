/**
 * Where things are in a JSON text: a small parser that records, for every JSON pointer, the
 * offset of its value (and of its key), so `siar validate` can say "line 12, column 5" for an
 * Ajv error that only knows `/items/3/url`. It also reports syntax errors with their position,
 * the same on every Node version (JSON.parse's messages differ between releases).
 *
 * The values themselves still come from `JSON.parse`; this parser only walks the text.
 */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what editors show for BMP text). */
  column: number;
  offset: number;
}

export interface JsonSyntaxError {
  /** Machine-readable reason: `unexpected-token`, `unexpected-end`, `bad-string`, `bad-number`, `trailing`, `empty`. */
  reason: string;
  /** The character found (or '' at the end of the text). */
  found: string;
  position: Position;
}

/** Offsets of line starts, for offset → line:column. */
export class LineIndex {
  private readonly starts: number[];
  constructor(text: string) {
    // a byte-order mark is invisible in editors: columns on line 1 start after it
    this.starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.max(1, offset - this.starts[lo]! + 1), offset };
  }
}

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function escapePointer(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export interface JsonLocations {
  /** Position of the value at `pointer` ('' is the root). */
  value(pointer: string): Position | undefined;
  /** Position of the key of the member at `pointer` (objects only). */
  key(pointer: string): Position | undefined;
  /** The nearest position for `pointer`: its value, else its closest ancestor's. */
  nearest(pointer: string): Position;
}

export type LocateResult = { ok: true; locations: JsonLocations } | { ok: false; error: JsonSyntaxError };

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Fail extends Error {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {
    super(reason);
  }
}

/** Walks `text` (a BOM is skipped) and records where every value and key starts. */
export function locateJson(text: string): LocateResult {
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  const skip = (): void => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const string = (): void => {
    // at the opening quote
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Fail('bad-string', i);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new Fail('bad-string', i);
        continue;
      }
      if (c < 0x20) throw new Fail('bad-string', i);
      i++;
    }
    throw new Fail('unexpected-end', n);
  };
  const value = (pointer: string, depth: number): void => {
    if (depth > 512) throw new Fail('too-deep', i);
    skip();
    if (i >= n) throw new Fail('unexpected-end', n);
    values.set(pointer, i);
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') throw new Fail(i >= n ? 'unexpected-end' : 'unexpected-token', i);
        const keyStart = i;
        string();
        let name: string;
        try {
          name = JSON.parse(text.slice(keyStart, i)) as string;
        } catch {
          throw new Fail('bad-string', keyStart);
        }
        const child = `${pointer}/${escapePointer(name)}`;
        keys.set(child, keyStart);
        skip();
        if (text[i] !== ':') throw new Fail(i >= n ? 'unexpected-end' : 'unexpected-token', i);
        i++;
        value(child, depth + 1);
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        throw new Fail(i >= n ? 'unexpected-end' : 'unexpected-token', i);
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        value(`${pointer}/${index}`, depth + 1);
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        throw new Fail(i >= n ? 'unexpected-end' : 'unexpected-token', i);
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m && m[0].length > 0) {
      i += m[0].length;
      return;
    }
    throw new Fail(c === '-' || (c !== undefined && c >= '0' && c <= '9') ? 'bad-number' : 'unexpected-token', i);
  };

  let lines: LineIndex | undefined;
  const pos = (offset: number): Position => (lines ??= new LineIndex(text)).position(offset);
  try {
    skip();
    if (i >= n) throw new Fail('empty', i);
    value('', 0);
    skip();
    if (i < n) throw new Fail('trailing', i);
  } catch (err) {
    if (!(err instanceof Fail)) throw err;
    return { ok: false, error: { reason: err.reason, found: text[err.at] ?? '', position: pos(err.at) } };
  }
  return {
    ok: true,
    locations: {
      value: (p) => (values.has(p) ? pos(values.get(p)!) : undefined),
      key: (p) => (keys.has(p) ? pos(keys.get(p)!) : undefined),
      nearest(p) {
        for (let q = p; ; q = q.slice(0, Math.max(0, q.lastIndexOf('/')))) {
          const at = values.get(q);
          if (at !== undefined) return pos(at);
          if (q === '') return pos(0);
        }
      },
    },
  };
}
