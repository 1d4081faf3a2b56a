import { describe, expect, it } from 'vitest';
import { TRAIT_IDS } from '../../src/core/traits.js';
import { spawnCli } from './run-cli.js';

/** Levels that vary from trait to trait (a flat profile is unreliable by design). */
const levels = (seed: number) => Object.fromEntries(TRAIT_IDS.map((t, i) => [t, 1 + ((i * 3 + seed) % 5)]));
const jsonl = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

// The rest of assess --batch runs in process (test/cli/run/batch.test.ts); a reader that goes away
// takes real pipes.
describe('careerfit assess --batch (end to end)', () => {
  /**
   * What `… | head -1` does: read one line, close the pipe. Standard input stays open, as from a
   * program still writing, so only stopping to read ends the run; `more` rows arrive afterwards.
   */
  const headOne = async (rows: number, more: number) => {
    const { child, done } = spawnCli(['assess', '--batch', '-'], { keepStdinOpen: true, timeoutMs: 10_000 });
    const people = (from: number, count: number) => jsonl(Array.from({ length: count }, (_, i) => ({ id: from + i, traits: levels(from + i) })));
    let first = '';
    const read = new Promise<void>((resolve) => {
      child.stdout!.on('data', (chunk: string) => {
        first += chunk;
        if (!first.includes('\n')) return;
        child.stdout!.destroy();
        resolve();
      });
    });
    child.stdin!.write(people(0, rows));
    await read;
    if (more) child.stdin!.write(people(rows, more));
    const { status, stderr } = await done;
    expect(JSON.parse(first.split('\n')[0]!)).toMatchObject({ id: 0 });
    expect(stderr).toBe('');
    expect(status, 'still reading after its reader went away (killed)').toBe(0);
  };

  it('stops reading, quietly, when the reader goes away (| head -1) in the middle of the input', async () => {
    await headOne(20_000, 0);
  });

  it('stops reading, quietly, when the reader goes away while the input waits', async () => {
    await headOne(3, 3);
  });
});
