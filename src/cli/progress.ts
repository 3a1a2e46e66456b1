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
