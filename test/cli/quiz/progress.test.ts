import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearProgress, loadProgress, saveProgress, stateDir } from '../../../src/cli/quiz/progress.js';
import { tempDirs } from '../../helpers.js';

const tempDir = tempDirs('progress');
const IDS = new Set(['empathy-1', 'planning-3']);

describe('stateDir', () => {
  it('follows each platform: XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows', () => {
    expect(stateDir({ XDG_STATE_HOME: '/x/state' }, 'linux', '/home/a')).toBe('/x/state/careerfit');
    expect(stateDir({}, 'linux', '/home/a')).toBe('/home/a/.local/state/careerfit');
    expect(stateDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/careerfit');
    expect(stateDir({ LOCALAPPDATA: 'C:/Users/a/AppData/Local' }, 'win32', 'C:/Users/a')).toBe(join('C:/Users/a/AppData/Local', 'careerfit'));
  });
});

describe('progress file', () => {
  it('round-trips the answers, creating the folder, and is gone after clearing', async () => {
    const file = join(await tempDir(), 'deep', 'progress.json');
    await saveProgress(file, { 'empathy-1': 4 });
    expect(await loadProgress(file, IDS)).toEqual({ kind: 'saved', answers: { 'empathy-1': 4 } });
    await clearProgress(file);
    expect(await loadProgress(file, IDS)).toEqual({ kind: 'none' });
    await clearProgress(file); // twice is fine
  });

  it.each([
    ['not JSON', '{"version": 1, "answers": {'],
    ['another version', '{"version": 9, "answers": {"empathy-1": 4}}'],
    ['an answer of 7', '{"version": 1, "answers": {"empathy-1": 7}}'],
    ['a question the bank no longer has', '{"version": 1, "answers": {"gone-1": 3}}'],
    ['a list', '[1, 2]'],
  ])('calls a file with %s corrupt, so it is ignored', async (_, text) => {
    const file = join(await tempDir(), 'progress.json');
    await writeFile(file, text);
    expect(await loadProgress(file, IDS)).toEqual({ kind: 'corrupt' });
  });

  it('writes JSON a person can read', async () => {
    const file = join(await tempDir(), 'progress.json');
    await saveProgress(file, { 'planning-3': 2 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, answers: { 'planning-3': 2 } });
  });
});
