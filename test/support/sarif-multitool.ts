// Microsoft's SARIF multitool (`@microsoft/sarif-multitool`, a self-contained .NET binary) run
// with its GitHub and SARIF rules. The package's postinstall does not make the Linux binary
// executable, so a temporary copy is chmod-ed and run.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BINARY = resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
export const multitoolAvailable =
  process.platform === 'linux' && process.arch === 'x64' && existsSync(BINARY);
const dir = mkdtempSync(join(tmpdir(), 'dr-sarif-'));

/** The multitool's results on one SARIF file: rule id, level and message, for the GitHub and SARIF rules. */
export function multitool(sarif: string): { rule: string; level: string; message: string }[] {
  const tool = join(dir, 'Sarif.Multitool');
  if (!existsSync(tool)) {
    copyFileSync(BINARY, tool);
    chmodSync(tool, 0o755);
  }
  const input = join(dir, `in-${Math.random().toString(36).slice(2)}.sarif`);
  const output = `${input}.out.sarif`;
  writeFileSync(input, sarif);
  // DOTNET_* keeps the self-contained binary off the network and out of $HOME.
  execFileSync(tool, ['validate', '--rule-kind', 'Gh;Sarif', '--output', output, input], {
    env: { PATH: process.env.PATH ?? '', HOME: dir, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
    stdio: 'pipe',
  });
  const log = JSON.parse(readFileSync(output, 'utf8'));
  if (log.runs[0].invocations[0].executionSuccessful !== true)
    throw new Error('the SARIF multitool did not finish');
  return (log.runs[0].results ?? []).map(
    (r: { ruleId: string; level?: string; message: { id?: string } }) => ({
      rule: r.ruleId,
      level: r.level ?? 'warning',
      message: r.message.id ?? '',
    }),
  );
}
