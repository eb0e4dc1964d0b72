import { Ajv } from 'ajv';
import type { Finding } from '../model/finding.js';
import { RULE_IDS } from '../model/rule-catalogue.js';

/** What the untrusted `pull_request` job hands the trusted `workflow_run` job. */
export interface ReportArtifact {
  version: 1;
  /** `owner/name` of the repository the run was for. */
  repository: string;
  pull: { number: number; headSha: string; baseSha: string };
  findings: Finding[];
}

/** 1 MiB: far above any real report, far below what could hurt the trusted job. */
export const REPORT_MAX_BYTES = 1024 * 1024;

const SHA = { type: 'string', pattern: '^[0-9a-f]{40}$' };
const POSITIVE = { type: 'integer', minimum: 1, maximum: 10_000_000 };
const SHORT = (max: number) => ({ type: 'string', maxLength: max });
const EDIT = {
  type: 'object',
  additionalProperties: false,
  required: ['line', 'column', 'endLine', 'endColumn', 'text'],
  properties: { line: POSITIVE, column: POSITIVE, endLine: POSITIVE, endColumn: POSITIVE, text: SHORT(2000) },
};
const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'repository', 'pull', 'findings'],
  properties: {
    version: { const: 1 },
    repository: { type: 'string', pattern: '^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$' },
    pull: {
      type: 'object',
      additionalProperties: false,
      required: ['number', 'headSha', 'baseSha'],
      properties: { number: POSITIVE, headSha: SHA, baseSha: SHA },
    },
    findings: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file', 'line', 'column', 'rule', 'severity', 'message', 'item'],
        properties: {
          file: SHORT(1000),
          line: POSITIVE,
          column: POSITIVE,
          rule: { enum: RULE_IDS },
          severity: { enum: ['error', 'warning'] },
          message: SHORT(2000),
          item: { anyOf: [{ type: 'null' }, SHORT(200)] },
          fix: {
            type: 'object',
            additionalProperties: false,
            required: ['description', 'edits'],
            properties: {
              description: SHORT(300),
              edits: { type: 'array', minItems: 1, maxItems: 20, items: EDIT },
            },
          },
        },
      },
    },
  },
} as const;

let validate: ReturnType<Ajv['compile']> | undefined;

/**
 * Reads the report artifact as hostile input: at most {@link REPORT_MAX_BYTES}, JSON, the
 * schema above (nothing unknown, bounded sizes, known rule ids), every path a plain
 * repo-relative one (no `..`, no absolute path, no backslash or control character), and the
 * repository the one being reported on. Returns the report, or the one-line reason it is refused.
 */
export function readReportArtifact(
  content: Uint8Array | string,
  repository: string,
): { ok: true; report: ReportArtifact } | { ok: false; reason: string } {
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  if (size > REPORT_MAX_BYTES) return refuse(`it is ${size} bytes, over the ${REPORT_MAX_BYTES}-byte cap`);
  let value: unknown;
  try {
    value = JSON.parse(
      typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content),
    );
  } catch {
    return refuse('it is not valid JSON');
  }
  validate ??= new Ajv({ allErrors: false, strict: false }).compile(SCHEMA);
  if (!validate(value)) {
    const error = validate.errors?.[0];
    return refuse(
      `it does not match the report schema (${error?.instancePath || '/'} ${error?.message ?? 'invalid'})`,
    );
  }
  const report = value as ReportArtifact;
  if (report.repository.toLowerCase() !== repository.toLowerCase())
    return refuse(`it is for ${report.repository}, not ${repository}`);
  const bad = report.findings.find((f) => !isRepoPath(f.file));
  if (bad)
    return refuse(`a finding names a path outside the repository (${JSON.stringify(bad.file.slice(0, 80))})`);
  return { ok: true, report };
}

/** A plain repo-relative POSIX path: segments that are not empty, `.` or `..`. */
export function isRepoPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(path) || /^[A-Za-z]:/.test(path))
    return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function refuse(why: string): { ok: false; reason: string } {
  return { ok: false, reason: `The report artifact is refused: ${why}. Nothing was posted.` };
}
