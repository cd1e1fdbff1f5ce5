/**
 * CSV as spreadsheets export it (RFC 4180 and what Excel / LibreOffice / Google Sheets really
 * write): `,` `;` or tab separated (detected from the header), quoted fields with `""` escapes and
 * line breaks inside, CRLF or LF, a UTF-8 BOM. Each record keeps the line it starts on, for
 * messages like "line 12".
 */

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  /** Data records (blank lines skipped). */
  records: CsvRecord[];
}

/** The delimiter that occurs most often outside quotes in the first line. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/** Parses CSV text. An unterminated quote is reported through `onError` and ends the record at EOF. */
export function parseCsv(input: string, delimiter?: string, onError?: (line: number, reason: 'unterminated-quote') => void): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const d = delimiter ?? detectDelimiter(text);
  const rows: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    for (;;) {
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          field += c;
          i++;
        }
        if (!closed) onError?.(quoteLine, 'unterminated-quote');
        // text after a closing quote up to the delimiter is kept (lenient, like spreadsheets)
        while (i < n && text[i] !== d && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      } else {
        while (i < n && text[i] !== d && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      }
      fields.push(field);
      field = '';
      if (i < n && text[i] === d) {
        i++;
        continue;
      }
      // end of record
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
    rows.push({ line: start, fields });
  }
  const [head, ...records] = rows;
  return { delimiter: d, header: head ? head.fields : [], records };
}
