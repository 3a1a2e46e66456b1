import { formatMessage } from '../io/errors.js';
import type { Message } from '../model/schema.js';
/** Progress on stderr for long runs: a bar on a terminal, plain lines otherwise (logs, CI). */
const FEW = 5;

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update: (done: number, total: number, file: string) => void; done: () => void } {
  const tty = !!stream.isTTY;
  let shown = false;
  let lastLine = -1;
  const start = Date.now();
  return {
    update(done, total) {
      if (total <= FEW) return;
      if (tty) {
        const width = 30;
        const filled = Math.round((done / total) * width);
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles  ${((Date.now() - start) / 1000).toFixed(1)}s`);
        shown = true;
      } else {
        // Plain lines: about every tenth of the run, and the last one.
        const step = Math.max(1, Math.floor(total / 10));
        if (done === total || Math.floor(done / step) !== lastLine) {
          lastLine = Math.floor(done / step);
          stream.write(`parley: ${done}/${total} articles\n`);
        }
      }
    },
    done() {
      if (tty && shown) stream.write('\n');
    },
  };
}

/** Runs `fn` with a signal that SIGINT and SIGTERM abort, and stops listening for them when it ends. */
export async function withStopSignals<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const stop = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => stop.abort(sig);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn(stop.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** A run's skipped files (with --verbose), then its warnings, then its errors, each one line `FILE[:LINE]: message`. */
export function reportRunMessages(res: { skipped: Array<{ file: string; reason: string }>; messages: Message[] }, verbose: boolean): void {
  const warn = (s: string) => process.stderr.write(s + '\n');
  if (verbose) for (const s of res.skipped) warn(`${s.file}: skipped: ${s.reason}`);
  for (const m of res.messages.filter((x) => !x.fatal)) warn(formatMessage(m));
  for (const m of res.messages.filter((x) => x.fatal)) warn(formatMessage(m));
}
