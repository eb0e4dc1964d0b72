import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import registerSchema from '../../schema/register.schema.json' with { type: 'json' };
import type { RawFinding } from '../model/finding.js';
import type { Locator, PathSegment } from './locator.js';

let compiled: ValidateFunction | undefined;

/** The register schema, compiled once per process (ajv compiles to a function: fast per file). */
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, allowUnionTypes: true, validateFormats: false }).compile(
    registerSchema,
  );
  return compiled;
}

/**
 * `schema` findings for a raw register value (as YAML or Markdown produced it), each at the
 * offending value (or key, for unknown keys; or the item, for a missing key) with the item's
 * id when it has one and a message naming the field: `decisions[2].owner must be a string`,
 * `unknown key "ownr" in decision D3`.
 */
export function validateRegister(
  raw: unknown,
  locator: Locator,
  options: { optionalIds?: boolean } = {},
): RawFinding[] {
  const validate = validator();
  if (validate(raw)) return [];
  const errors = (validate.errors ?? []).filter(
    (error) => !(options.optionalIds && error.keyword === 'required'),
  );
  return errors.map((error) => toFinding(error, raw, locator));
}

function toFinding(error: ErrorObject, raw: unknown, locator: Locator): RawFinding {
  const path = pathOf(error.instancePath, raw);
  const params = error.params as Record<string, unknown>;
  const item = itemIdAt(raw, path);
  let pos = locator.at(path);
  let message: string;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      pos = locator.keyAt(path, key);
      message = `unknown key ${quoteKey(key)} in ${describe(raw, path)}`;
      break;
    }
    case 'required':
      message = `${describe(raw, path)} has no ${String(params.missingProperty)}`;
      break;
    case 'type':
      message =
        path.length === 0
          ? `the register must be a mapping of review, decisions, actions and outputs, not ${kindOf(raw)}`
          : `${pathText(path)} must be ${typeWords(params.type)}`;
      break;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).filter((v) => v !== null).join(', ');
      message = `${pathText(path)} must be one of ${allowed}`;
      break;
    }
    case 'pattern':
      message = `${pathText(path)} must not be empty`;
      break;
    case 'minimum':
      message = `${pathText(path)} must be at least ${String(params.limit)}`;
      break;
    case 'maximum':
      message = `${pathText(path)} must be at most ${String(params.limit)}`;
      break;
    default:
      message = `${pathText(path)} ${error.message ?? 'is invalid'}`;
  }
  return { file: pos.file, line: pos.line, column: pos.column, rule: 'schema', message, item };
}

/** JSON pointer → path; indexes into arrays become numbers. */
function pathOf(pointer: string, raw: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let value: unknown = raw;
  for (const part of pointer.slice(1).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(value) ? Number(key) : key;
    path.push(segment);
    value = childOf(value, segment);
  }
  return path;
}

function childOf(value: unknown, segment: PathSegment): unknown {
  if (Array.isArray(value)) return typeof segment === 'number' ? value[segment] : undefined;
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, segment)) {
    return (value as Record<string, unknown>)[segment];
  }
  return undefined;
}

function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
  let value = raw;
  for (const segment of path) value = childOf(value, segment);
  return value;
}

const ITEM_KINDS: Record<string, string> = { decisions: 'decision', actions: 'action', outputs: 'output' };

/** The id of the decision, action or output the path is in, when it has one. */
function itemIdAt(raw: unknown, path: readonly PathSegment[]): string | null {
  if (path.length < 2 || !ITEM_KINDS[String(path[0])] || typeof path[1] !== 'number') return null;
  const id = childOf(valueAt(raw, path.slice(0, 2)), 'id');
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : null;
}

/** `decision D3`, `decisions[2]`, `attendee Dana Kim`, `blocked_by[0] of decision D2`, `review`. */
function describe(raw: unknown, path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the register';
  const [head, index] = path;
  const kind = ITEM_KINDS[String(head)];
  if (kind && typeof index === 'number') {
    const id = itemIdAt(raw, path);
    const item = id ? `${kind} ${shortText(id)}` : pathText(path.slice(0, 2));
    if (path.length === 2) return item;
    return `${pathText(path.slice(2))} of ${item}`;
  }
  if (head === 'review' && path[1] === 'attendees' && typeof path[2] === 'number' && path.length === 3) {
    const name = childOf(valueAt(raw, path), 'name');
    if (typeof name === 'string' && name.trim() !== '') return `attendee ${shortText(name.trim())}`;
  }
  return pathText(path);
}

/** `decisions[2].owner`; odd keys in brackets. */
function pathText(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${quoteKey(segment)}]`;
  }
  return text === '' ? 'the register' : text;
}

function typeWords(type: unknown): string {
  const words: Record<string, string> = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    array: 'a list',
    object: 'a mapping',
    boolean: 'true or false',
  };
  const types = (Array.isArray(type) ? type : [type]).map(String).filter((t) => t !== 'null');
  return types.map((t) => words[t] ?? t).join(' or ');
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number' || typeof value === 'boolean') return `a ${typeof value}`;
  return 'a scalar';
}

/** A user-written key for a message: one line, at most 40 characters, in double quotes. */
function quoteKey(key: string): string {
  return `"${shortText(key)}"`;
}

function shortText(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}
