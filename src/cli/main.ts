#!/usr/bin/env node
/** The `parley` executable: runs the command line (src/cli/cli.ts) and sets the exit code. */
import { main } from './cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`parley: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
