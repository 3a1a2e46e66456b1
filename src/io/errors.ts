/** An input problem that names its file (and line, where there is one). */
export class InputError extends Error {
  constructor(
    readonly file: string,
    /** The problem alone, without the file and line (the message has them). */
    readonly reason: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'InputError';
  }
}

/** One problem as one line: `FILE[:LINE]: message`, a warning saying so. */
export function formatMessage(m: { file?: string; line?: number; reason: string; fatal: boolean }): string {
  const where = m.file ? `${m.file}${m.line ? `:${m.line}` : ''}: ` : 'parley: ';
  return `${where}${m.fatal ? '' : 'warning: '}${m.reason}`;
}
