import type { ChalkInstance } from 'chalk';
import type { ContentView } from '../../core/views/content.js';
import { safeText, type TextStyle } from '../output/display.js';
import { wrap } from '../output/wrap.js';

const BODY = '     ';
const MAX_HANG = 14;

/** Collects wrapped, sanitized lines for the text formats. */
export class TextWriter {
  readonly lines: string[] = [];

  constructor(
    readonly c: ChalkInstance,
    readonly width: number,
    /** ASCII only: text is converted before it is wrapped, so the width holds. */
    readonly ascii = false,
  ) {}

  static for(style: Pick<TextStyle, 'c' | 'width' | 'ascii'>): TextWriter {
    return new TextWriter(style.c, style.width, style.ascii);
  }

  /** Text from data or messages, safe for the terminal and in the writer's character set. */
  t(text: string): string {
    return safeText(text, this.ascii);
  }

  push(...lines: string[]): void {
    this.lines.push(...lines);
  }

  /** A wrapped paragraph; `style` (a colour) is applied to each line after wrapping, so it never counts toward the width. */
  para(text: string, indent = '   ', style?: (s: string) => string): void {
    const lines = wrap(this.t(text), this.width, indent);
    this.lines.push(...(style ? lines.map((line) => indent + style(line.slice(indent.length))) : lines));
  }

  /**
   * "Label: command", with the command kept whole for copying: on the label's line when it fits,
   * else on a line of its own below (split only when even that line is too short for it).
   */
  command(label: string, command: string, indent = ''): void {
    const line = `${indent}${this.t(label)}: ${command}`;
    if (line.length <= this.width) this.lines.push(line);
    else {
      this.lines.push(`${indent}${this.t(label)}:`);
      this.lines.push(...wrap(command, this.width, `${indent}  `));
    }
  }

  /** A heading line that wraps with its continuation indented, so it does not read as a new paragraph. */
  hanging(text: string, hang: string, style: (s: string) => string): void {
    const lines = wrap(this.t(text), this.width, hang);
    this.lines.push(...lines.map((line, i) => (i ? hang + style(line.slice(hang.length)) : style(line.slice(hang.length)))));
  }

  /** A bold title with a dim note after it ("Title (id)"), on one line when it fits, else wrapped with the note below. */
  title(text: string, note: string): void {
    const [title, dim] = [this.t(text), this.t(note)];
    if (title.length + 1 + dim.length <= this.width) this.lines.push(`${this.c.bold(title)} ${this.c.dim(dim)}`);
    else {
      this.para(title, '', this.c.bold);
      this.para(dim, '', this.c.dim);
    }
  }

  heading(text: string): void {
    this.lines.push('', `   ${this.c.bold(this.t(text))}`);
  }

  /**
   * A marked paragraph with a hanging indent. The marker is styled after wrapping, so invisible
   * colour codes do not count toward the width.
   */
  item(marker: string, style: (s: string) => string, text: string): void {
    // A long marker (a role's name) gets a line of its own rather than a narrow column beside it.
    marker = this.t(marker);
    if (marker.length > MAX_HANG || BODY.length + marker.length + 1 > this.width / 2) {
      this.lines.push(...wrap(marker, this.width, BODY).map((line) => BODY + style(line.slice(BODY.length))));
      this.lines.push(...wrap(this.t(text), this.width, `${BODY}  `));
      return;
    }
    const hang = BODY + ' '.repeat(marker.length + 1);
    const lines = wrap(this.t(text), this.width, hang);
    lines[0] = `${BODY}${style(marker)} ${lines[0]!.slice(hang.length)}`;
    this.lines.push(...lines);
  }

  /** Misconceptions, expectations and differences: shared by the report and the role view. */
  content({ labels: l, ...x }: ContentView): void {
    const dim = this.c.dim;
    if (x.misconceptions.length) {
      this.heading(l.misconceptions);
      for (const e of x.misconceptions) {
        this.item(`${l.myth}:`, dim, e.myth);
        this.item(`${l.reality}:`, dim, e.reality);
      }
    }
    if (x.expectations.length) {
      this.heading(l.expectations);
      for (const e of x.expectations) {
        this.item(`${l.expectation}:`, dim, e.expectation);
        this.item(`${l.reality}:`, dim, e.reality);
      }
    }
    if (x.differences.length) {
      this.heading(l.differences);
      for (const d of x.differences) this.item(`${d.label}:`, dim, d.text);
    }
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
