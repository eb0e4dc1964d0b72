import type { Config } from '../config/config.js';
import { ConfigError } from '../config/config.js';
import { configFromObject } from '../config/parse-config.js';
import { type AppSettings, appSettingsFromSection } from './app-settings.js';

/** The file Probot's `context.config` reads: `.github/decision-register.yml`. */
export const CONFIG_FILE = 'decision-register.yml';
/** The same file's path in the repository, for messages. */
export const CONFIG_PATH = `.github/${CONFIG_FILE}`;

/** The repository's config and app settings, or the one-line reason the config is unusable. */
export type LoadedAppConfig =
  | { ok: true; config: Config; settings: AppSettings }
  | { ok: false; problem: string };

// The config plugin's own errors (invalid YAML, a bad `_extends`, a directory) carry this prefix.
const PLUGIN_ERROR = /^\[@probot\/octokit-plugin-config\]\s*/;

/**
 * Reads the config the Probot way — `read` is `() => context.config(CONFIG_FILE)`, which uses
 * the default branch, falls back to the organisation's `.github` repository and follows
 * `_extends` — then validates it with the Action's schema. The `app:` section holds the app's
 * settings and is taken out first (the schema does not know it). Config problems come back as
 * values; GitHub failures (5xx, 403) are thrown.
 */
export async function loadAppConfig(
  read: () => Promise<unknown>,
  defaults: AppSettings,
): Promise<LoadedAppConfig> {
  let raw: unknown;
  try {
    raw = await read();
  } catch (error) {
    if (error instanceof Error && PLUGIN_ERROR.test(error.message)) {
      return { ok: false, problem: error.message.replace(PLUGIN_ERROR, '') };
    }
    throw error;
  }
  try {
    if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
      throw new ConfigError('', 'the config must be a mapping of keys to values');
    }
    const { app, ...rest } = (raw ?? {}) as Record<string, unknown>;
    const settings = appSettingsFromSection(app, defaults);
    return { ok: true, config: configFromObject(raw === null || raw === undefined ? null : rest), settings };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, problem: error.message };
    throw error;
  }
}
