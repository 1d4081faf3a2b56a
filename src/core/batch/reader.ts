import { usageError } from '../errors.js';
import { CsvRecords, type CsvEvent } from './csv.js';
import { Lines, type Line, type LineFault } from './lines.js';
import { columnName, parseCsvHeader, type CsvHeader } from './header.js';
import { inputFromText, isEmptyCsvRecord, parseCsvRecord, parseJsonRecord, type BatchInput, type Parsed, type RowError } from './rows.js';
import { csvHeaderLine, csvLine, isRowError, jsonLine, scorePerson, type Batch } from './score.js';

/** No row of answers is this long (in characters); a longer one is something else, and is skipped. */
export const MAX_RECORD = 1024 * 1024;

/** Where a reader sends what it makes of the rows. */
export interface RowSink {
  /** A person's line of output (with its line break), in input order. */
  readonly line: (text: string) => void;
  /** A row that could not be scored: its (first) line number and why. May throw to stop. */
  readonly bad: (line: number, error: RowError) => void;
  /** Something a reader should know about the input as a whole (columns passed over), once. */
  readonly note: (text: string) => void;
}

const FAULTS: Readonly<Record<LineFault, RowError>> = {
  'not-utf8': { field: 'row', message: 'is not valid UTF-8 text (save the file as UTF-8 and score it again)' },
  'too-long': { field: 'row', message: `longer than ${MAX_RECORD / 1024 / 1024} MiB; expected JSON Lines or CSV, one person a row` },
};
const UNCLOSED: RowError = { field: 'row', message: 'a quoted field opens on this line and is never closed' };

/**
 * Reads one input, JSON Lines or CSV, handed over as bytes in chunks of any size (lines.ts makes
 * them lines, csv.ts makes CSV lines records), and scores each row into the sink. A row that
 * cannot be read (not UTF-8, too long, a quote never closed) is one bad row, and the rest are
 * read on. A broken CSV header spoils every row: it is a usage error naming `name` and the line.
 */
export class BatchReader {
  /** Rows holding a person (not blank lines, not the CSV header), scored or not. */
  rows = 0;
  /** Of those, the ones scored; of those, with no role that counts as a fit, and with answers that cannot be scored reliably. */
  scored = 0;
  noFit = 0;
  unreliable = 0;
  private started = false;
  private header: CsvHeader | undefined;
  private readonly lines: Lines;
  private csv: CsvRecords | undefined;

  constructor(
    private readonly batch: Batch,
    private readonly name: string,
    private readonly output: 'json' | 'csv',
    private readonly sink: RowSink,
    private input?: BatchInput,
  ) {
    this.lines = new Lines(MAX_RECORD, (line) => this.onLine(line));
  }

  write(chunk: Uint8Array | string): void {
    if (!this.started) {
      this.started = true;
      if (this.output === 'csv') this.sink.line(csvHeaderLine(this.batch));
    }
    this.lines.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }

  /** The end of the input: its last line, and a CSV record left open. */
  end(): void {
    this.write(new Uint8Array(0));
    this.lines.end();
    this.csv?.end();
  }

  private onLine(line: Line): void {
    if ('fault' in line) {
      if (this.input === 'csv' && !this.header) throw usageError(`${this.name}:${line.line}: ${FAULTS[line.fault].field}: the header ${FAULTS[line.fault].message}`);
      if (this.input === undefined && line.fault === 'not-utf8') throw usageError(`${this.name}:${line.line}: row: ${FAULTS[line.fault].message}`);
      // Inside a CSV record a bad line ends it, as a line that is not text cannot continue a field.
      this.rows++;
      this.sink.bad(line.line, FAULTS[line.fault]);
      return;
    }
    const { text } = line;
    if (this.input === undefined) {
      if (isBlank(text)) return;
      this.input = inputFromText(text.trimStart()[0] ?? '');
    }
    if (this.input === 'jsonl') {
      if (isBlank(text)) return;
      this.rows++;
      this.score(parseJsonRecord(this.batch.items, text, line.line), line.line);
      return;
    }
    this.csv ??= new CsvRecords((event) => this.onRecord(event), () => true, MAX_RECORD);
    this.csv.line(text, line.line);
  }

  private onRecord(event: CsvEvent): void {
    if ('unclosed' in event) {
      if (!this.header) throw usageError(`${this.name}:${event.unclosed}: row: the header's ${UNCLOSED.message.replace(/^a /, '')}`);
      this.rows++;
      this.sink.bad(event.unclosed, UNCLOSED);
      return;
    }
    const { fields, line } = event.record;
    if (!this.header) {
      const header = parseCsvHeader(this.batch.header, fields, this.batch.idColumn);
      // A wrong header spoils every row: stop here, whatever --strict says.
      if ('message' in header) throw usageError(`${this.name}:${line}: ${header.field}: ${header.message}`);
      this.header = header;
      if (header.ignored.length) this.sink.note(`${this.name}:${line}: not read: ${header.ignored.map((n) => `"${columnName(n)}"`).join(', ')} (not a statement, a trait or the id)`);
      if (header.idChoice) {
        const { from, others } = header.idChoice;
        this.sink.note(`${this.name}:${line}: ids from the column "${from}"; --id-column ${others.map((o) => `"${o}"`).join(' or ')} takes them from another`);
      }
      if (header.missing.length) this.sink.note(`${this.name}:${line}: no column for ${header.missing.length} statement(s) of the quiz (${header.missing.join(', ')}): their traits are scored from fewer answers`);
      // Only an id or a column careerfit does not read is free text; an answer or a trait level never
      // holds a line break (a quote left open there is a stray one).
      this.csv!.setSpans((column) => {
        const kind = header.columns[column]?.kind;
        return kind === 'id' || kind === 'ignored';
      });
      return;
    }
    if (isEmptyCsvRecord(fields)) return;
    this.rows++;
    this.score(parseCsvRecord(this.header, fields, line), line);
  }

  private score(parsed: Parsed, line: number): void {
    if (!parsed.ok) return this.sink.bad(line, parsed.error);
    const result = scorePerson(this.batch, parsed.person);
    if (isRowError(result)) return this.sink.bad(line, result);
    this.scored++;
    if (!result.fit) this.noFit++;
    if (!result.reliable) this.unreliable++;
    this.sink.line(this.output === 'csv' ? csvLine(this.batch, result) : jsonLine(result));
  }
}

const isBlank = (text: string): boolean => text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '');
