import type { ChalkInstance } from 'chalk';
import type { ContentView } from '../../core/views/content.js';
import { sanitize } from '../sanitize.js';
import { wrap } from '../wrap.js';

const BODY = '     ';
const MAX_HANG = 14;

/** Collects wrapped, sanitized lines for the text formats. */
export class TextWriter {
  readonly lines: string[] = [];

  constructor(
    readonly c: ChalkInstance,
    readonly width: number,
  ) {}

  push(...lines: string[]): void {
    this.lines.push(...lines);
  }

  para(text: string, indent = '   '): void {
    this.lines.push(...wrap(sanitize(text), this.width, indent));
  }

  heading(text: string): void {
    this.lines.push('', `   ${this.c.bold(text)}`);
  }

  /**
   * A marked paragraph with a hanging indent. The marker is styled after wrapping, so invisible
   * colour codes do not count toward the width.
   */
  item(marker: string, style: (s: string) => string, text: string): void {
    // A long marker (a role's name) gets a line of its own rather than a narrow column beside it.
    if (marker.length > MAX_HANG) {
      this.lines.push(`${BODY}${style(marker)}`);
      this.lines.push(...wrap(sanitize(text), this.width, `${BODY}  `));
      return;
    }
    const hang = BODY + ' '.repeat(marker.length + 1);
    const lines = wrap(sanitize(text), this.width, hang);
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
