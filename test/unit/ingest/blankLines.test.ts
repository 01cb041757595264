import { describe, expect, it } from 'vitest';
import { mayHaveBlankLines } from '../../../src/lib/ingest/blankLines';

const text = (t: string) => ({ kind: 'text', text: t }) as const;
const bytes = (t: string) => ({ kind: 'bytes', bytes: new TextEncoder().encode(t) }) as const;
const blob = (t: string) => ({ kind: 'blob', blob: new Blob([t]) }) as const;

describe('mayHaveBlankLines()', () => {
  it.each([
    ['no blank line (LF)', 'a,b\n1,2\n3,4\n', false],
    ['no blank line (CRLF)', 'a,b\r\n1,2\r\n3,4\r\n', false],
    ['no blank line (CR)', 'a,b\r1,2\r3,4\r', false],
    ['blank line in the middle (LF)', 'a,b\n1,2\n\n3,4\n', true],
    ['blank line in the middle (CRLF)', 'a,b\r\n1,2\r\n\r\n3,4\r\n', true],
    ['blank line in the middle (CR)', 'a,b\r1,2\r\r3,4', true],
    ['LF then CRLF', 'a,b\n\r\n3,4', true],
    ['blank lines only at the end (LF)', 'a,b\n1,2\n\n\n', false],
    ['blank lines only at the end (CRLF)', 'a,b\r\n1,2\r\n\r\n\r\n', false],
    ['a blank line inside a quoted cell (a false alarm: the exact pass decides)', 'a,b\n"x\n\ny",2\n', true],
  ])('%s', async (_, t, want) => {
    expect(await mayHaveBlankLines(text(t))).toBe(want);
    expect(await mayHaveBlankLines(bytes(t))).toBe(want);
    expect(await mayHaveBlankLines(blob(t))).toBe(want);
  });

  it('cannot tell for a path or a compressed file', async () => {
    expect(await mayHaveBlankLines({ kind: 'path', path: '/x.csv' })).toBeNull();
    expect(await mayHaveBlankLines(blob('a\n\nb'), true)).toBeNull();
  });
});
