import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { tempDir } from '../helpers.js';

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'sub', 'out.json');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['out.json']);
  });

  it('leaves the old file untouched when the write fails', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    writeFileSync(file, 'old');
    mkdirSync(join(dir, 'blocked.json'));
    // Renaming a file over a folder fails: the target folder stays, and nothing else is left behind.
    await expect(writeFileAtomic(join(dir, 'blocked.json'), 'new')).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['blocked.json', 'out.json']);
  });
});
