import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNegotiation, sha256, fieldDocId } from '../../src/field/load.js';
import { tempDir } from '../helpers.js';

const text = 'Delegations from Tarsin and Oskaria met in Port Velmar on Thursday.\n';
const round = (ordinal: number, extra: object = {}) => ({
  ordinal,
  ordinalStated: false,
  label: `r${ordinal}`,
  status: 'held',
  held: [],
  venue: { city: 'Port Velmar', facility: null },
  parties: ['Tarsin', { name: 'Oskaria', aliases: ['Oskarian side'] }],
  sources: ['a.txt'],
  ...extra,
});

function fixture(opts: { sha?: string; rounds?: object[]; text?: boolean } = {}): string {
  const dir = join(tempDir(), 'tarsin-oskaria');
  mkdirSync(join(dir, 'texts'), { recursive: true });
  if (opts.text !== false) writeFileSync(join(dir, 'texts', 'a.txt'), text);
  const manifest = { negotiation: 'tarsin-oskaria', title: 'T', articles: [{ file: 'a.txt', outlet: 'Harbor Ledger', url: 'https://example.org/a', sha256: opts.sha ?? sha256(text) }] };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'rounds.json'), JSON.stringify({ negotiation: 'tarsin-oskaria', title: 'T', rounds: opts.rounds ?? [round(1), round(2)] }, null, 2));
  return dir;
}

describe('field negotiations', () => {
  it('reads a valid folder: texts present and matching their sha256', () => {
    const n = loadNegotiation(fixture());
    expect(n.problems).toEqual([]);
    expect(n.present).toEqual(['a.txt']);
  });

  it('counts an absent text as missing, not as a problem', () => {
    const n = loadNegotiation(fixture({ text: false }));
    expect(n.missing).toEqual(['a.txt']);
    expect(n.problems).toEqual([]);
  });

  it('reports a text whose sha256 differs, sources the manifest lacks, and delegations of non-parties', () => {
    const n = loadNegotiation(
      fixture({
        sha: '0'.repeat(64),
        rounds: [round(1, { sources: ['b.txt'] }), round(2, { delegations: [{ party: 'Norvia', members: [{ name: 'Ana Rell' }] }] })],
      }),
    );
    expect(n.problems.join('\n')).toMatch(/a\.txt: sha256 .* differs/);
    expect(n.problems.join('\n')).toMatch(/round 1 cites b\.txt, which the manifest does not list/);
    expect(n.problems.join('\n')).toMatch(/delegation party 'Norvia' is not one of the round's parties/);
    expect(n.present).toEqual([]);
  });

  it('names the file and line of a schema error', () => {
    const dir = fixture({ rounds: [round(1), round(2, { held: ['2031-02-30'] })] });
    expect(() => loadNegotiation(dir)).toThrow(/rounds\.json:\d+: invalid gold round facts: rounds\.1\.held\.0: not a real calendar day/);
    try {
      loadNegotiation(dir);
    } catch (err) {
      // The line is the one holding the bad day's round.
      const line = Number(/rounds\.json:(\d+)/.exec((err as Error).message)![1]);
      expect(line).toBeGreaterThan(15);
    }
  });

  it('maps a combined run\'s ids back to the manifest\'s only for its own negotiation', () => {
    expect(fieldDocId('neg')('neg--a')).toBe('a');
    expect(fieldDocId('neg')('other--a')).toBe('other--a');
  });
});
