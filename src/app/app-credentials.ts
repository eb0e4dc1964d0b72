import { createPrivateKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getPrivateKey } from '@probot/get-private-key';

type Env = Record<string, string | undefined>;

/** The App's credentials, or why the setup page is served instead. */
export type Credentials =
  | { kind: 'app'; appId: number; privateKey: string; secret: string }
  | { kind: 'setup'; reason: string };

/** A configuration problem at start: one line naming the variable, never a stack trace. */
export class StartError extends Error {
  override name = 'StartError';
}

const KEY_VARIABLES = 'PRIVATE_KEY or PRIVATE_KEY_PATH';

/**
 * Reads APP_ID, PRIVATE_KEY / PRIVATE_KEY_PATH (Probot's conventions, via @probot/get-private-key)
 * and WEBHOOK_SECRET. Setup mode (Probot's page that registers the app from app.yml) only when
 * asked, or when none of them is set at all; a partial or bad set is a StartError naming the
 * variable, so a typo in a deployment never silently turns into a setup page.
 */
export function credentialsFromEnv(
  env: Env,
  options: { setup: boolean; needSecret: boolean; cwd?: string },
): Credentials {
  if (options.setup) return { kind: 'setup', reason: 'setup was asked for (--setup)' };
  const given = ['APP_ID', 'PRIVATE_KEY', 'PRIVATE_KEY_PATH', 'WEBHOOK_SECRET'].filter((name) =>
    env[name]?.trim(),
  );
  if (given.length === 0) {
    return { kind: 'setup', reason: 'no APP_ID, PRIVATE_KEY or WEBHOOK_SECRET is set' };
  }
  const rawId = env.APP_ID?.trim() ?? '';
  if (!rawId) throw new StartError('APP_ID is not set (the App ID from the app’s settings page)');
  const appId = Number(rawId);
  if (!/^\d+$/.test(rawId) || !Number.isSafeInteger(appId) || appId <= 0) {
    throw new StartError(`APP_ID must be the App's numeric id, not "${rawId.slice(0, 40)}"`);
  }
  const keyPath = env.PRIVATE_KEY_PATH?.trim();
  if (!env.PRIVATE_KEY && keyPath && !existsSync(resolve(options.cwd ?? process.cwd(), keyPath))) {
    throw new StartError(`PRIVATE_KEY_PATH names no file: ${keyPath}`);
  }
  let pem: string | null;
  try {
    pem = getPrivateKey({
      env: { PRIVATE_KEY: env.PRIVATE_KEY, PRIVATE_KEY_PATH: env.PRIVATE_KEY_PATH },
      cwd: options.cwd,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new StartError(`PRIVATE_KEY_PATH names no file: ${env.PRIVATE_KEY_PATH}`);
    throw new StartError(
      env.PRIVATE_KEY
        ? 'PRIVATE_KEY is not a PEM private key (paste the whole .pem file, or its base64)'
        : `PRIVATE_KEY_PATH could not be read (${code ?? 'unreadable'})`,
    );
  }
  if (!pem) throw new StartError(`${KEY_VARIABLES} is not set (the App's .pem private key)`);
  try {
    createPrivateKey(pem);
  } catch {
    const variable = env.PRIVATE_KEY ? 'PRIVATE_KEY' : 'PRIVATE_KEY_PATH';
    throw new StartError(`${variable} holds no usable private key (the PEM could not be parsed)`);
  }
  const secret = env.WEBHOOK_SECRET ?? '';
  if (options.needSecret && !secret) {
    throw new StartError('WEBHOOK_SECRET is not set (the web role verifies every delivery with it)');
  }
  return { kind: 'app', appId, privateKey: pem, secret };
}
