import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** The Node 24 binary the `node` devDependency installs: what `runs.using: node24` runs. */
export const NODE24 = resolve('node_modules/node/bin/node');
export const ACTION_ENTRY = resolve('dist/index.js');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  col?: number;
  title?: string;
  message: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** The `::error::` line `core.setFailed` printed, if any. */
  failure?: string;
  /** Content of the file the `findings-json` output names (read before the temp dir goes). */
  findingsJson?: unknown;
}

export interface ActionRunOptions {
  apiUrl: string;
  token: string;
  eventName: string;
  payload: object;
  repository: string;
  sha: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Aborting kills the process at once (SIGKILL), like a cancelled runner. */
  signal?: AbortSignal;
}

/**
 * Runs the bundled Action (dist/index.js) as its own process under Node 24 with the environment
 * a runner gives it: event file, GITHUB_* variables, INPUT_* with action.yml's defaults applied
 * (`${{ github.token }}` evaluated to the token), and fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
 * files, which are read back.
 */
export async function runActionProcess(options: ActionRunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'dr-action-'));
  try {
    const eventPath = join(dir, 'event.json');
    const outputPath = join(dir, 'output');
    const summaryPath = join(dir, 'summary.md');
    await writeFile(eventPath, JSON.stringify(options.payload));
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: options.repository,
      GITHUB_REPOSITORY_OWNER: options.repository.split('/')[0] ?? '',
      GITHUB_SHA: options.sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_WORKSPACE: dir,
      GITHUB_RUN_ID: String(process.pid),
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: dir,
      ...(await actionInputs(options.token, options.inputs ?? {})),
      ...options.env,
    };
    const { code, stdout, stderr } = await spawnNode24([ACTION_ENTRY], env, options.signal);
    const annotations = parseAnnotations(stdout);
    const failure = stdout
      .split('\n')
      .find((line) => line.startsWith('::error::'))
      ?.slice('::error::'.length);
    const outputs = parseOutputs(await readFile(outputPath, 'utf8'));
    const findingsPath = outputs['findings-json'];
    return {
      code,
      stdout,
      stderr,
      outputs,
      ...(findingsPath ? { findingsJson: JSON.parse(await readFile(findingsPath, 'utf8')) } : {}),
      summary: await readFile(summaryPath, 'utf8'),
      annotations,
      ...(failure !== undefined ? { failure: unescapeData(failure) } : {}),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** INPUT_* variables as the runner sets them: every input, defaults from action.yml. */
async function actionInputs(token: string, inputs: Record<string, string>): Promise<Record<string, string>> {
  const manifest = parse(await readFile('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the runner evaluates this expression.
    const fallback = String(spec.default ?? '').replace('${{ github.token }}', token);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? fallback;
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in manifest.inputs)) throw new Error(`input ${name} is not declared in action.yml`);
  }
  return env;
}

/** Spawns Node 24 and collects its output. */
export function spawnNode24(
  args: string[],
  env: Record<string, string>,
  signal?: AbortSignal,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE24, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal, killSignal: 'SIGKILL' as const } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      if (error.name !== 'AbortError') reject(error);
    });
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    // A bare `::error::` is core.setFailed's line, reported as `failure`.
    if (!match || (match[1] === 'error' && match[2] === undefined)) continue;
    const properties = Object.fromEntries(
      (match[2] ?? '').split(',').map((pair) => {
        const [key, ...value] = pair.split('=');
        return [key, unescapeProperty(value.join('='))];
      }),
    );
    annotations.push({
      level: match[1] as Annotation['level'],
      message: unescapeData(match[3] as string),
      ...(properties.file ? { file: properties.file } : {}),
      ...(properties.line ? { line: Number(properties.line) } : {}),
      ...(properties.col ? { col: Number(properties.col) } : {}),
      ...(properties.title ? { title: properties.title } : {}),
    });
  }
  return annotations;
}

function unescapeData(text: string): string {
  return text.replaceAll('%0A', '\n').replaceAll('%0D', '\r').replaceAll('%25', '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replaceAll('%3A', ':').replaceAll('%2C', ','));
}
