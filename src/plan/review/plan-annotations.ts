import type { Finding } from '../../model/finding.js';
import { utf8Length } from './fit-findings.js';
import { compareByPriority } from './rule-priority.js';

/** GitHub displays at most this many workflow-command annotations of each type per step. */
export const ANNOTATIONS_PER_TYPE = 10;

/** The findings that get workflow annotations, and how many of each type did not. */
export interface AnnotationPlan {
  /** Errors then warnings, each most important first (rule priority, then file order). */
  shown: Finding[];
  hidden: { errors: number; warnings: number };
}

/**
 * Chooses which findings to emit as `::error`/`::warning` commands, since GitHub shows only
 * `maxPerType` of each per step and drops the rest silently. The job summary lists them all.
 */
export function planAnnotations(
  findings: readonly Finding[],
  options: { maxPerType?: number } = {},
): AnnotationPlan {
  const max = Math.max(0, options.maxPerType ?? ANNOTATIONS_PER_TYPE);
  const errors = findings.filter((finding) => finding.severity === 'error').sort(compareByPriority);
  const warnings = findings.filter((finding) => finding.severity !== 'error').sort(compareByPriority);
  return {
    shown: [...errors.slice(0, max), ...warnings.slice(0, max)],
    hidden: { errors: Math.max(0, errors.length - max), warnings: Math.max(0, warnings.length - max) },
  };
}

/** A Checks API annotation (the fields of `output.annotations[]`). */
export interface PlannedCheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only allowed when start_line equals end_line, which is always so here. */
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning';
  message: string;
  title: string;
}

/** The Checks API's limit on an annotation message. */
export const CHECK_MESSAGE_MAX_BYTES = 64 * 1024;
const TITLE_MAX_CHARS = 255;

/** Cuts text to at most `maxBytes` UTF-8 bytes on a code point boundary, ending in `…` when cut. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let bytes = utf8Length('…');
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += char;
  }
  return `${out}…`;
}

/**
 * Check run annotations for ALL findings (the Checks API has no display cap; the port sends them
 * in batches of 50). One line each, with the column when known; messages cut to 64 KB.
 */
export function planCheckAnnotations(findings: readonly Finding[]): PlannedCheckAnnotation[] {
  return findings.map((finding) => {
    const line = Math.max(1, finding.line);
    const annotation: PlannedCheckAnnotation = {
      path: finding.file,
      start_line: line,
      end_line: line,
      annotation_level: finding.severity === 'error' ? 'failure' : 'warning',
      message: truncateUtf8(finding.message, CHECK_MESSAGE_MAX_BYTES),
      title: [...finding.rule].slice(0, TITLE_MAX_CHARS).join(''),
    };
    if (finding.column >= 1) {
      annotation.start_column = finding.column;
      annotation.end_column = finding.column;
    }
    return annotation;
  });
}
