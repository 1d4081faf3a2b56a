import { describe, expect, it } from 'vitest';
import { commandPrefix } from '../../../src/cli/words/invocation.js';

describe('commandPrefix', () => {
  it('says npx careerfit when npx started it, careerfit otherwise', () => {
    expect(commandPrefix({ npm_command: 'exec' })).toBe('npx careerfit');
    expect(commandPrefix({ npm_lifecycle_event: 'npx' })).toBe('npx careerfit');
    expect(commandPrefix({})).toBe('careerfit');
    expect(commandPrefix({ npm_command: 'run-script' })).toBe('careerfit');
  });
});
