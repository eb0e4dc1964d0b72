import type { RawFinding } from '../model/finding.js';
import { parseError } from './yaml/load-yaml.js';

/** 5 MiB: the default size above which a register file is reported, not parsed. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Source text ready for a parser, or the one finding that says why there is none. */
export type DecodedSource = { ok: true; text: string } | { ok: false; finding: RawFinding };

/**
 * Turns file content into text a parser can take: refuses files over `maxBytes` (saying how
 * big they are), binary files (a NUL byte) and bytes that are not UTF-8 (decoded with a fatal
 * TextDecoder). Drops a byte order mark and makes every line ending `\n` — CRLF and lone CR
 * included, as CommonMark and YAML both count them — so the two parsers and the table reader
 * agree on line numbers.
 */
export function decodeSource(file: string, content: Uint8Array | string, maxBytes: number): DecodedSource {
  const size = typeof content === 'string' ? utf8Length(content, maxBytes) : content.byteLength;
  if (size > maxBytes) {
    const message = `the file is ${formatSize(size)} (${size} bytes), over the ${formatSize(maxBytes)} limit (${maxBytes} bytes); not parsed`;
    return refuse(file, 1, 1, message);
  }
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    const nul = content.indexOf(0);
    if (nul >= 0) return binary(file, content, nul);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return notUtf8(file, content);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const { line, column } = lineColumn(text, nul);
    return refuse(file, line, column, 'the file is binary (it contains a NUL byte); not parsed');
  }
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

/** `5.0 MB`, `812 KB`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** UTF-8 length of a string; exact only when it could matter against `limit`. */
function utf8Length(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

function binary(file: string, bytes: Uint8Array, at: number): DecodedSource {
  const { line, column } = byteLineColumn(bytes, at);
  return refuse(file, line, column, 'the file is binary (it contains a NUL byte); not parsed');
}

function notUtf8(file: string, bytes: Uint8Array): DecodedSource {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = lenient.indexOf('\uFFFD');
  const { line, column } = bad >= 0 ? lineColumn(lenient, bad) : { line: 1, column: 1 };
  return refuse(file, line, column, 'the file is not valid UTF-8 text; not parsed');
}

function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function byteLineColumn(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const byte = bytes[i];
    if (byte === 10 || (byte === 13 && bytes[i + 1] !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function refuse(file: string, line: number, column: number, message: string): DecodedSource {
  return { ok: false, finding: { ...parseError({ file, line, column }, message) } };
}
