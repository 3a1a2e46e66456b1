/** An input problem that names its file (and line, where there is one). */
export class InputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'InputError';
  }
}
