import type { Ajv } from 'ajv';

// Formats GitHub's OpenAPI description and webhook schemas use. Ajv knows none of them without
// ajv-formats (not a direct dependency); the ones that catch real mistakes are checked, the rest
// accepted.
const FORMATS: Record<string, RegExp | true> = {
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/,
  email: /^[^\s@]+@[^\s@]+$/,
  'repo.nwo': /^[^/\s]+\/[^/\s]+$/,
  'uri-template': true,
  timestamp: true,
  binary: true,
};

/** Adds GitHub's string formats to an Ajv instance and returns it. */
export function addGitHubFormats<T extends Ajv>(ajv: T): T {
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  return ajv;
}
