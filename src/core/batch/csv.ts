/**
 * CSV records from lines, as spreadsheets and form tools write them (RFC 4180): fields split by
 * the delimiter the header uses (comma, semicolon as spreadsheets in an Indonesian locale write,
 * or tab), a field in double quotes may hold delimiters, doubled quotes and line breaks, and text
 * after a closing quote is kept. A quote opens a quoted field only at the start of a field; one
 * inside a field is an ordinary character.
 *
 * A record left open at the end of a line goes on at the next line, parsed on from where it
 * stopped (never again from its start, so a long record costs linear time). Whether it may go on
 * is the column's to say: only cells that hold free text (a column careerfit does not read, or the
 * header) can span lines. An answer, a trait level or an id never does, so a quote opened there
 * and not closed by the end of its line is a stray one: that record is reported at the line where
 * the quote opened, and the next line starts a record of its own. A free-text record that never
 * closes (by the end of the input, or past the size limit) is reported at its first line the same
 * way, and the lines after that one are read again as records of their own.
 */

export interface CsvRecord {
  /** The line the record starts on. */
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvEvent = { readonly record: CsvRecord } | { readonly unclosed: number };

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** The delimiter a header line uses: the one it holds most often outside quotes (a comma when none). */
export const delimiterOf = (header: string): Delimiter => {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), ',');
};

interface Open {
  readonly line: number;
  readonly fields: string[];
  /** The field being read, inside its quotes. */
  value: string;
  /** The lines after the first, kept to be read again should the record never close. */
  readonly later: { readonly line: number; readonly text: string }[];
  size: number;
}

export class CsvRecords {
  private delimiter: Delimiter | undefined;
  private open: Open | undefined;

  /**
   * @param emit where records (and records that never close) go, in input order
   * @param spans whether a quoted cell in this column (0-based) may hold line breaks; the header's (before any record) always may
   * @param maxSize the longest a record may grow, in characters, before it counts as never closed
   */
  constructor(
    private readonly emit: (event: CsvEvent) => void,
    private spans: (column: number) => boolean,
    private readonly maxSize: number,
  ) {}

  /** Which columns may span lines, once the header says what each one holds. */
  setSpans(spans: (column: number) => boolean): void {
    this.spans = spans;
  }

  line(text: string, line: number): void {
    const open = this.open;
    if (open) {
      open.later.push({ line, text });
      open.size += text.length + 1;
      open.value += '\n';
      if (this.scan(text, 0, open, true)) return;
      if (open.size > this.maxSize) this.unclosed();
      return;
    }
    if (text.trim() === '') return;
    this.delimiter ??= delimiterOf(text);
    const record: Open = { line, fields: [], value: '', later: [], size: text.length };
    this.scan(text, 0, record, false);
  }

  /** The input is over: a record still open never closes. */
  end(): void {
    while (this.open) this.unclosed();
  }

  /** Reports the open record at its first line, then reads the lines after it again. */
  private unclosed(): void {
    const { line, later } = this.open!;
    this.open = undefined;
    this.emit({ unclosed: line });
    for (const next of later) this.line(next.text, next.line);
  }

  /**
   * Reads `text` from `i` into `record`, inside a quoted field when `quoted`. Returns true when
   * the record is complete (and emitted) or dropped, false when it goes on at the next line.
   */
  private scan(text: string, start: number, record: Open, quoted: boolean): boolean {
    const d = this.delimiter!;
    let i = start;
    let inQuotes = quoted;
    let atStart = !quoted;
    for (;;) {
      if (inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          record.value += text.slice(i);
          if (!this.spans(record.fields.length)) {
            // A stray quote in a cell that never holds a line break: this record is lost, the next line is not.
            this.open = undefined;
            this.emit({ unclosed: record.line });
            return true;
          }
          this.open = record;
          return false;
        }
        record.value += text.slice(i, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          record.value += '"';
          i = quote + 2;
          continue;
        }
        inQuotes = false;
        atStart = false;
        i = quote + 1;
        continue;
      }
      if (atStart && text.charCodeAt(i) === 34) {
        inQuotes = true;
        atStart = false;
        i++;
        continue;
      }
      const next = text.indexOf(d, i);
      record.fields.push(record.value + text.slice(i, next < 0 ? text.length : next));
      record.value = '';
      if (next < 0) {
        this.open = undefined;
        this.emit({ record: { line: record.line, fields: record.fields } });
        return true;
      }
      i = next + 1;
      atStart = true;
    }
  }
}
