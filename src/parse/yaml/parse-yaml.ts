import type { RawFinding } from '../../model/finding.js';
import type { Register } from '../../model/register.js';
import { buildRegister } from '../build-register.js';
import { validateRegister } from '../validate-register.js';
import { loadYaml } from './load-yaml.js';

/** A parsed register and the `parse-error`/`schema` findings its file produced. */
export interface ParsedRegister {
  register: Register;
  findings: RawFinding[];
}

/** A register with nothing in it: what a file that fails to parse yields. */
export function emptyRegister(file: string, format: Register['format']): Register {
  return { file, format, decisions: [], actions: [], outputs: [], prose: [] };
}

/**
 * Parses the YAML form of a register. A file that is empty (or only comments) is an empty
 * register without findings; one that fails to parse is an empty register with `parse-error`
 * findings; schema problems are `schema` findings while the usable rest is still read.
 * `load` is the YAML reader (tests compare the fast one with the `yaml` document reader).
 */
export function parseYaml(file: string, text: string, load = loadYaml): ParsedRegister {
  const loaded = load(file, text);
  if (!loaded.ok) return { register: emptyRegister(file, 'yaml'), findings: loaded.findings };
  if (loaded.value === null || loaded.value === undefined) {
    return { register: emptyRegister(file, 'yaml'), findings: [] };
  }
  return {
    register: buildRegister(file, 'yaml', loaded.value, loaded.locator),
    findings: validateRegister(loaded.value, loaded.locator),
  };
}
