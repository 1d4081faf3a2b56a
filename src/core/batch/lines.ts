/**
 * The lines of a batch input, from its bytes as they arrive in chunks of any size. A line is
 * text (LF or CRLF ended, a leading byte-order mark dropped) or, when it cannot be one, a fault
 * with its line number: bytes that are not UTF-8, or a line longer than the limit (skipped up to
 * its end, so one bad line never costs the rest). Linear in the input: each byte is looked at a
 * bounded number of times, whatever the lines hold.
 */

export type Line = { readonly line: number; readonly text: string } | { readonly line: number; readonly fault: LineFault };
export type LineFault = 'not-utf8' | 'too-long';

const NEWLINE = 0x0a;
const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class Lines {
  private rest: Uint8Array = new Uint8Array(0);
  private count = 0;
  /** Inside a line already reported as too long: its bytes are dropped up to the next line break. */
  private skipping = false;

  constructor(
    private readonly maxBytes: number,
    private readonly emit: (line: Line) => void,
  ) {}

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.rest.length) {
      bytes = new Uint8Array(this.rest.length + chunk.length);
      bytes.set(this.rest);
      bytes.set(chunk, this.rest.length);
    }
    let start = 0;
    if (this.skipping) {
      const end = bytes.indexOf(NEWLINE);
      if (end < 0) {
        this.rest = new Uint8Array(0);
        return;
      }
      this.skipping = false;
      start = end + 1;
    }
    const last = bytes.lastIndexOf(NEWLINE);
    if (last >= start) this.whole(bytes.subarray(start, last));
    const tail = last >= start ? last + 1 : start;
    if (bytes.length - tail > this.maxBytes) {
      this.emit({ line: ++this.count, fault: 'too-long' });
      this.skipping = true;
      this.rest = new Uint8Array(0);
    } else this.rest = bytes.slice(tail);
  }

  /** The input is over: its last line, if it does not end with a line break. */
  end(): void {
    if (this.rest.length && !this.skipping) this.whole(this.rest);
    this.rest = new Uint8Array(0);
  }

  /** Complete lines, the last one's break already cut off: decoded at once, or line by line when some are not UTF-8. */
  private whole(bytes: Uint8Array): void {
    let text: string | undefined;
    try {
      text = fatal.decode(bytes);
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      for (const line of text.split('\n')) this.text(line);
      return;
    }
    for (let start = 0; start <= bytes.length; ) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      try {
        this.text(fatal.decode(bytes.subarray(start, end)));
      } catch {
        this.emit({ line: ++this.count, fault: 'not-utf8' });
      }
      start = end + 1;
    }
  }

  private text(raw: string): void {
    const line = ++this.count;
    let text = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length > this.maxBytes) this.emit({ line, fault: 'too-long' });
    else this.emit({ line, text });
  }
}
