import schema from '../../schema/config.schema.json' with { type: 'json' };

/** The keys of the config's `app:` section (the GitHub App's settings), from the config schema. */
export const APP_SECTION_KEYS: readonly string[] = Object.keys(schema.properties.app.properties);

/**
 * Warnings about the `app:` section for the shells that ignore it (CLI, Action): each key the app
 * does not know. (The schema already refuses a section that is not a mapping; the app itself
 * validates the values.)
 */
export function appSectionWarnings(section: unknown): string[] {
  if (typeof section !== 'object' || section === null || Array.isArray(section)) return [];
  return Object.keys(section)
    .filter((key) => !APP_SECTION_KEYS.includes(key))
    .map((key) => `app.${key}: unknown key "${key}" (the app knows ${APP_SECTION_KEYS.join(', ')}); ignored`);
}
