import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { isCalendarDay, parseSidecar } from '../../src/io/corpus.js';
import { run } from '../../src/run.js';
import { tempDir } from '../helpers.js';
import { writeFiles } from './helpers.js';

describe('sidecars as users write them', () => {
  it('refuses an impossible day, naming file, line and the day', () => {
    expect(() => parseSidecar('x.meta.json', '{\n  "title": "T",\n  "published": "2025-13-45"\n}')).toThrow(/^x\.meta\.json:3: invalid sidecar: published: '2025-13-45' is not a day of the calendar$/);
    expect(() => parseSidecar('x.meta.json', '{"published": "2026-02-30"}')).toThrow(/'2026-02-30' is not a day of the calendar/);
    expect(() => parseSidecar('x.meta.json', '{"published": "2026-02-30T10:00:00Z"}')).toThrow(/'2026-02-30' is not a day/);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
  });

  it('takes the day of a full timestamp', () => {
    expect(parseSidecar('x.meta.json', '{"published": "2026-03-04T23:15:00+02:00"}').meta).toEqual({ published: '2026-03-04' });
    expect(parseSidecar('x.meta.json', '{"published": "2026-03-04T08:00:00.250Z"}').meta).toEqual({ published: '2026-03-04' });
    expect(parseSidecar('x.meta.json', '{"published": "2026-03-04 08:00"}').meta).toEqual({ published: '2026-03-04' });
  });

  it('ignores unknown fields with a warning naming file and line, never dropping the article', async () => {
    const { meta, warnings } = parseSidecar('x.meta.json', '{\n  "author": "R. Vance",\n  "tags": ["talks"],\n  "published": "2026-03-04"\n}');
    expect(meta).toEqual({ published: '2026-03-04' });
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^x\.meta\.json:2: unknown field 'author' ignored/),
      expect.stringMatching(/^x\.meta\.json:3: unknown field 'tags' ignored/),
    ]);
    const dir = tempDir();
    writeFiles(dir, {
      'a.txt': 'The envoys met in Lisbon on Monday.',
      'a.meta.json': '{"author": "R. Vance", "published": "2026-03-04T09:30:00Z"}',
      'b.txt': 'The envoys met in Porto on Tuesday.',
      'b.meta.json': '{"published": "2026-02-30"}',
    });
    const res = await run({ corpus: dir, workers: 1 });
    expect(res.docs.map((d) => d.id)).toEqual(['a']);
    expect(res.docs[0]!.mentions.find((m) => m.text === 'Monday')!.value).toBe('2026-03-02');
    expect(res.failed).toEqual([join(dir, 'b.txt')]);
    expect(res.messages.map((m) => `${m.fatal ? 'error' : 'warning'} ${m.file}: ${m.reason}`)).toEqual(
      expect.arrayContaining([`warning ${join(dir, 'a.meta.json')}: ${warnings[0]!.reason}`, expect.stringMatching(/^error .*b\.meta\.json: invalid sidecar: published: '2026-02-30'/)]),
    );
  });
});
