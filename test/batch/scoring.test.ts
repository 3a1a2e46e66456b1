import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { parleyHere, writeFiles } from './helpers.js';

const TEXT = 'Talks in Oslo and Bergen.';
const OSLO = 'T1\tPlace 9 13\tOslo\nN1\tReference T1 local:oslo\tOslo\n';

describe('scoring checks its inputs', () => {
  it('refuses gold spans past the end of the text or not equal to it, naming file and line (--text or the text beside)', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'gold/a.ann': OSLO + 'T2\tPlace 18 30\tBergen\nN2\tReference T2 local:bergen\tBergen\n',
      'gold/b.ann': 'T1\tPlace 0 5\tTalks\nN1\tReference T1 local:x\tTalks\nT2\tPlace 9 13\tOslx\nN2\tReference T2 local:oslo\tOslo\n',
      'pred/a.ann': OSLO,
      'pred/b.ann': OSLO,
      'text/a.txt': TEXT,
      'text/b.txt': TEXT,
    });
    const r = await parleyHere('score', '--gold', join(dir, 'gold'), '--pred', join(dir, 'pred'), '--text', join(dir, 'text'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'gold', 'a.ann')}:3: span 18-30 runs past the end of the text (25 characters)`);
    expect(r.stderr).toContain(`${join(dir, 'gold', 'b.ann')}:3: covered text 'Oslx' differs from the text at 9-13: 'Oslo'`);
    // Without --text, the texts parley run wrote beside its predictions serve.
    writeFiles(dir, { 'pred/a.txt': TEXT, 'pred/b.txt': TEXT });
    const beside = await parleyHere('score', '--gold', join(dir, 'gold'), '--pred', join(dir, 'pred'));
    expect(beside.status).toBe(1);
    expect(beside.stderr).toContain(`${join(dir, 'gold', 'a.ann')}:3: span 18-30 runs past the end`);
    // And with no text anywhere, nothing to check against: scored as before.
    const none = tempDir();
    writeFiles(none, { 'gold/a.ann': OSLO, 'pred/a.ann': OSLO });
    expect((await parleyHere('score', '--gold', join(none, 'gold'), '--pred', join(none, 'pred'))).status).toBe(0);
  });

  it('warns of an empty gold file beside a non-empty prediction', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'gold/a.ann': OSLO, 'gold/e.ann': '', 'pred/a.ann': OSLO, 'pred/e.ann': OSLO });
    const r = await parleyHere('score', '--gold', join(dir, 'gold'), '--pred', join(dir, 'pred'));
    expect(r.status).toBe(0);
    expect(r.stderr.trim()).toBe(`${join(dir, 'gold', 'e.ann')}: warning: empty gold file beside a prediction of 1 mention(s): is this document's gold missing?`);
  });

  it('check-gold flags overlapping spans of one type, not of two types', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'g/a.ann': 'T1\tOrganization 0 25\tMinistry of Peace of Oslo\nN1\tReference T1 local:m\tM\nT2\tOrganization 0 17\tMinistry of Peace\nN2\tReference T2 local:m\tM\nT3\tPlace 21 25\tOslo\nN3\tReference T3 local:oslo\tOslo\n',
      't/a.txt': 'Ministry of Peace of Oslo',
    });
    const r = await parleyHere('check-gold', join(dir, 'g'), '--text', join(dir, 't'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`${join(dir, 'g', 'a.ann')}:3: Organization mentions 'Ministry of Peace of Oslo' (line 1) and 'Ministry of Peace' overlap`]);
    expect(r.stdout).toMatch(/1 error\(s\)/);
  });
});
