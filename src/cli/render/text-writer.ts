import type { ChalkInstance } from 'chalk';
import type { Messages } from '../../core/messages.js';
import { sanitize } from '../sanitize.js';
import { wrap } from '../wrap.js';

export interface Content {
  readonly misconceptions: readonly { myth: string; reality: string }[];
  readonly expectations: readonly { expectation: string; reality: string }[];
  readonly differences: readonly { role: string; title: string; text: string }[];
}

const BODY = '     ';

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

  /** The marker is styled after wrapping, so invisible colour codes do not count toward the width. */
  item(marker: string, style: (s: string) => string, text: string): void {
    const lines = wrap(`${marker} ${sanitize(text)}`, this.width, BODY);
    lines[0] = lines[0]!.replace(marker, style(marker));
    this.lines.push(...lines);
  }

  /** Misconceptions, expectations and differences: shared by the report and the role view. */
  content(x: Content, m: Messages): void {
    const dim = this.c.dim;
    if (x.misconceptions.length) {
      this.heading(m.headings.misconceptions);
      for (const e of x.misconceptions) {
        this.item(`${m.myth}:`, dim, e.myth);
        this.item(`${m.reality}:`, dim, e.reality);
      }
    }
    if (x.expectations.length) {
      this.heading(m.headings.expectations);
      for (const e of x.expectations) {
        this.item(`${m.expectation}:`, dim, e.expectation);
        this.item(`${m.reality}:`, dim, e.reality);
      }
    }
    if (x.differences.length) {
      this.heading(m.headings.differences);
      for (const d of x.differences) this.item(`${m.comparedWith(d.title)}:`, dim, d.text);
    }
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
