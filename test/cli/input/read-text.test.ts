import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, MAX_INPUT_BYTES, readText } from '../../../src/cli/input/read-text.js';
import { rejection, failure } from '../../helpers.js';

let dir: string;
const noStdin = () => ({ stdin: Readable.from([]) });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'careerfit-read-text-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});



describe('decode', () => {
  it('decodes UTF-8 text, keeping non-ASCII letters', () => {
    expect(decode('a.yaml', new TextEncoder().encode('name: café über\n'))).toEqual({ name: 'a.yaml', text: 'name: café über\n' });
  });

  it('strips a leading byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a: 1')]);
    expect(decode('bom.yaml', bytes).text).toBe('a: 1');
  });

  it('refuses a NUL byte as binary', () => {
    const error = failure(() => decode('pic.png', new Uint8Array([0x89, 0x50, 0x00, 0x47])));
    expect(error.message).toBe('pic.png: looks like a binary file, expected YAML or JSON text');
    expect(error.kind).toBe('usage');
  });

  it('treats UTF-16 (which has NUL bytes for ASCII) as binary', () => {
    expect(failure(() => decode('u16.yaml', new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).message).toBe(
      'u16.yaml: looks like a binary file, expected YAML or JSON text',
    );
  });

  it('refuses invalid UTF-8', () => {
    expect(failure(() => decode('latin1.yaml', new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]))).message).toBe(
      'latin1.yaml: is not valid UTF-8 text',
    );
  });

  it('still decodes valid input after refusing invalid input', () => {
    failure(() => decode('bad.yaml', new Uint8Array([0xc3, 0x28])));
    expect(decode('good.yaml', new TextEncoder().encode('ü')).text).toBe('ü');
  });

  it('refuses more bytes than the limit, and accepts exactly the limit', () => {
    expect(failure(() => decode('big.yaml', new Uint8Array(2049).fill(0x61), 2048)).message).toBe('big.yaml: file is larger than 2 KiB');
    expect(decode('ok.yaml', new Uint8Array(2048).fill(0x61), 2048).text).toBe('a'.repeat(2048));
  });

  it('has a 1 MiB default limit', () => {
    expect(MAX_INPUT_BYTES).toBe(1024 * 1024);
    expect(failure(() => decode('big.yaml', new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61))).message).toBe(
      'big.yaml: file is larger than 1024 KiB',
    );
  });
});

describe('readText: files', () => {
  it('reads a file and names it by the path as given', async () => {
    const path = join(dir, 'ok.yaml');
    await writeFile(path, '\ufeffempathy: 4\n');
    expect(await readText(path, noStdin())).toEqual({ name: path, text: 'empathy: 4\n' });
  });

  it('says "file not found" for a missing file', async () => {
    const path = join(dir, 'missing.yaml');
    const error = await rejection(readText(path, noStdin()));
    expect(error.message).toBe(`${path}: file not found`);
    expect(error.kind).toBe('usage');
  });

  it('says so for a directory', async () => {
    const sub = join(dir, 'folder.yaml');
    await mkdir(sub);
    expect((await rejection(readText(sub, noStdin()))).message).toBe(`${sub}: is a directory, not a file`);
  });

  it('says so when a part of the path is a file', async () => {
    const file = join(dir, 'plain.txt');
    await writeFile(file, 'x');
    const path = join(file, 'inner.yaml');
    expect((await rejection(readText(path, noStdin()))).message).toBe(`${path}: a part of the path is not a directory`);
  });

  it('refuses a binary file', async () => {
    const path = join(dir, 'binary.yaml');
    await writeFile(path, Buffer.from([0x61, 0x00, 0x62]));
    expect((await rejection(readText(path, noStdin()))).message).toBe(`${path}: looks like a binary file, expected YAML or JSON text`);
  });

  it('refuses invalid UTF-8 in a file', async () => {
    const path = join(dir, 'latin1.yaml');
    await writeFile(path, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect((await rejection(readText(path, noStdin()))).message).toBe(`${path}: is not valid UTF-8 text`);
  });

  it('refuses a file over the limit', async () => {
    const path = join(dir, 'big.yaml');
    await writeFile(path, 'a'.repeat(3000));
    expect((await rejection(readText(path, noStdin(), 2048))).message).toBe(`${path}: file is larger than 2 KiB`);
  });

  it('refuses a file just over the default 1 MiB limit and accepts one of exactly 1 MiB', async () => {
    const big = join(dir, 'huge.yaml');
    await writeFile(big, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
    expect((await rejection(readText(big, noStdin()))).message).toBe(`${big}: file is larger than 1024 KiB`);
    const edge = join(dir, 'edge.yaml');
    await writeFile(edge, Buffer.alloc(MAX_INPUT_BYTES, 0x61));
    expect((await readText(edge, noStdin())).text).toHaveLength(MAX_INPUT_BYTES);
  });
});

describe('readText: standard input', () => {
  it('reads `-` from stdin as <stdin>, joining string chunks', async () => {
    expect(await readText('-', { stdin: Readable.from(['traits:\n', '  empathy: 4\n']) })).toEqual({ name: '<stdin>', text: 'traits:\n  empathy: 4\n' });
  });

  it('joins buffer chunks, even when a multi-byte letter is split between them', async () => {
    const bytes = Buffer.from('é', 'utf8');
    const stdin = Readable.from([Buffer.from([0x61]), bytes.subarray(0, 1), bytes.subarray(1)]);
    expect((await readText('-', { stdin })).text).toBe('aé');
  });

  it('strips a BOM on stdin too', async () => {
    expect((await readText('-', { stdin: Readable.from([Buffer.from([0xef, 0xbb, 0xbf, 0x78])]) })).text).toBe('x');
  });

  it('refuses binary and invalid UTF-8 on stdin', async () => {
    expect((await rejection(readText('-', { stdin: Readable.from([Buffer.from([0x00])]) }))).message).toBe(
      '<stdin>: looks like a binary file, expected YAML or JSON text',
    );
    expect((await rejection(readText('-', { stdin: Readable.from([Buffer.from([0xff])]) }))).message).toBe('<stdin>: is not valid UTF-8 text');
  });

  it('stops reading an endless stream once it passes the limit', async () => {
    let pulled = 0;
    function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.alloc(1024, 0x61);
      }
    }
    const error = await rejection(readText('-', { stdin: Readable.from(endless()) }, 2048));
    expect(error.message).toBe('<stdin>: file is larger than 2 KiB');
    expect(pulled).toBeLessThan(50);
  });

  it('reads an empty stdin as empty text', async () => {
    expect(await readText('-', { stdin: Readable.from([]) })).toEqual({ name: '<stdin>', text: '' });
  });
});
