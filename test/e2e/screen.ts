// What a terminal of a given size shows after a stream of output: enough of a VT100 to replay
// what careerfit and Inquirer write (text, CR/LF, cursor moves, erasing, scrolling), so a test can
// assert on the screen a person would see rather than on the bytes that drew it.

const CSI = /^\x1b\[([?>=]?)([0-9;]*)([ -/]*)([@-~])/;
const OSC = /^\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/;

export class Screen {
  private lines: string[][];
  private row = 0;
  private col = 0;
  /** The cursor sits past the last column: the next character wraps first (as xterm does). */
  private pendingWrap = false;
  /** How often a line ran past the last column and went on at the next: 0 when every line fitted. */
  wraps = 0;

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.lines = Array.from({ length: rows }, () => this.blank());
  }

  private blank(): string[] {
    return Array.from({ length: this.columns }, () => ' ');
  }

  private lineFeed(): void {
    if (this.row === this.rows - 1) {
      this.lines.shift();
      this.lines.push(this.blank());
    } else this.row += 1;
  }

  private put(ch: string): void {
    if (this.pendingWrap) {
      this.col = 0;
      this.lineFeed();
      this.pendingWrap = false;
      this.wraps += 1;
    }
    this.lines[this.row]![this.col] = ch;
    if (this.col === this.columns - 1) this.pendingWrap = true;
    else this.col += 1;
  }

  private csi(params: string, final: string): void {
    const nums = params.split(';').map((p) => (p === '' ? undefined : Number(p)));
    const n = nums[0] ?? 1;
    const clampRow = (r: number) => Math.max(0, Math.min(this.rows - 1, r));
    const clampCol = (c: number) => Math.max(0, Math.min(this.columns - 1, c));
    this.pendingWrap = false;
    switch (final) {
      case 'A':
        this.row = clampRow(this.row - n);
        break;
      case 'B':
        this.row = clampRow(this.row + n);
        break;
      case 'C':
        this.col = clampCol(this.col + n);
        break;
      case 'D':
        this.col = clampCol(this.col - n);
        break;
      case 'E':
        this.row = clampRow(this.row + n);
        this.col = 0;
        break;
      case 'F':
        this.row = clampRow(this.row - n);
        this.col = 0;
        break;
      case 'G':
        this.col = clampCol(n - 1);
        break;
      case 'H':
      case 'f':
        this.row = clampRow((nums[0] ?? 1) - 1);
        this.col = clampCol((nums[1] ?? 1) - 1);
        break;
      case 'J': {
        const mode = nums[0] ?? 0;
        if (mode === 2 || mode === 3) this.lines = Array.from({ length: this.rows }, () => this.blank());
        else if (mode === 0) {
          for (let c = this.col; c < this.columns; c++) this.lines[this.row]![c] = ' ';
          for (let r = this.row + 1; r < this.rows; r++) this.lines[r] = this.blank();
        } else if (mode === 1) {
          for (let r = 0; r < this.row; r++) this.lines[r] = this.blank();
          for (let c = 0; c <= this.col; c++) this.lines[this.row]![c] = ' ';
        }
        break;
      }
      case 'K': {
        const mode = nums[0] ?? 0;
        const [from, to] = mode === 0 ? [this.col, this.columns] : mode === 1 ? [0, this.col + 1] : [0, this.columns];
        for (let c = from; c < to; c++) this.lines[this.row]![c] = ' ';
        break;
      }
      default:
      // Colours (m), cursor visibility (?25l/h) and anything else change nothing on the screen.
    }
  }

  /** Plays output onto the screen. */
  write(text: string): this {
    let i = 0;
    while (i < text.length) {
      const rest = text.slice(i);
      const ch = text[i]!;
      if (ch === '\x1b') {
        const csi = CSI.exec(rest);
        if (csi) {
          if (csi[1] === '') this.csi(csi[2]!, csi[4]!);
          i += csi[0].length;
          continue;
        }
        const osc = OSC.exec(rest);
        if (osc) {
          i += osc[0].length;
          continue;
        }
        // ESC 7 / ESC 8 (save and restore) and other two-byte sequences.
        i += 2;
        continue;
      }
      if (ch === '\r') {
        this.col = 0;
        this.pendingWrap = false;
      } else if (ch === '\n') {
        this.lineFeed();
        this.pendingWrap = false;
      } else if (ch === '\b') {
        this.col = Math.max(0, this.col - 1);
        this.pendingWrap = false;
      } else if (ch === '\t') {
        this.col = Math.min(this.columns - 1, (Math.floor(this.col / 8) + 1) * 8);
      } else if (ch >= ' ' || ch > '\x7f') {
        // One cell a code point (careerfit writes no wide characters).
        const cp = text.codePointAt(i)!;
        const char = String.fromCodePoint(cp);
        this.put(char);
        i += char.length;
        continue;
      }
      i += 1;
    }
    return this;
  }

  /** The screen's rows, trailing spaces trimmed. */
  text(): string[] {
    return this.lines.map((line) => line.join('').trimEnd());
  }
}

/** What a terminal of this size shows once all of `output` is written. */
export const screenOf = (output: string, columns = 80, rows = 24): string[] => new Screen(columns, rows).write(output).text();
