#!/usr/bin/env node
import '../parse/markdown/register-markdown.js';
import { runCli } from './run-cli.js';

// The bundled entry (dist/cli.js): real process I/O in, exit code out.
const chunks: Buffer[] = [];
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: Boolean(process.stdout.isTTY),
  write: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
  readStdin: async () => {
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  today: () => new Date().toISOString().slice(0, 10),
});
