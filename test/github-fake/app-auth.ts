import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  verify,
} from 'node:crypto';
import type { Actor } from './records.js';

/** A GitHub App the fake plays GitHub for. */
export interface FakeAppOptions {
  /** The App id; JWTs must carry it as `iss` (string or number). */
  id: number;
  /** Slug; installation tokens act as `<slug>[bot]`. Default `decision-register`. */
  slug?: string;
  /** Public key to verify JWTs with; derived from privateKeyPem when omitted. */
  publicKeyPem?: string;
  privateKeyPem?: string;
  /** The one installation covering every repository of the fake. Default 1. */
  installationId?: number;
  /** More installations that may take tokens (each covering every repository), for tests of per-installation behaviour. */
  otherInstallationIds?: number[];
}

/** The kind of credential a request carried. */
export type TokenKind = 'installation' | 'pat';

/** Who a token acts as. */
export interface TokenIdentity {
  kind: TokenKind;
  actor: Actor;
  /** For tokens issued through the App installation flow. */
  expiresAt?: string;
}

/** Outcome of reading a request's Authorization header. */
export type AuthResult =
  | { kind: 'none' }
  | { kind: 'invalid'; message: string }
  | { kind: 'app' }
  | { kind: 'token'; identity: TokenIdentity };

/** An RSA key pair for tests, in the PEM encodings Probot and @octokit/auth-app accept. */
export interface TestKeyPair {
  /** PKCS#1 (`BEGIN RSA PRIVATE KEY`), the format GitHub hands out. */
  privateKeyPem: string;
  /** PKCS#8 (`BEGIN PRIVATE KEY`). */
  privateKeyPkcs8Pem: string;
  /** SPKI (`BEGIN PUBLIC KEY`). */
  publicKeyPem: string;
}

/** Generates a 2048-bit RSA key pair for a fake GitHub App (~50–200 ms). */
export function generateTestKeyPair(): TestKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    privateKeyPkcs8Pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

function decodeSegment(segment: string | undefined): Record<string, unknown> | undefined {
  if (!segment) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies an App JWT the way GitHub does: RS256 signature against the App's public key, `iss` equal
 * to the App id, `exp` in the future and at most ten minutes (plus clock drift) ahead, `iat` not in
 * the future. Returns null when valid, else GitHub's message.
 */
export function verifyAppJwt(
  jwt: string,
  publicKey: KeyObject,
  appId: number,
  now = Date.now() / 1000,
): string | null {
  const [headerPart, payloadPart, signaturePart, extra] = jwt.split('.');
  const header = decodeSegment(headerPart);
  const payload = decodeSegment(payloadPart);
  if (!header || !payload || !signaturePart || extra !== undefined || header.alg !== 'RS256') {
    return 'A JSON web token could not be decoded';
  }
  const signed = Buffer.from(`${headerPart}.${payloadPart}`);
  if (!verify('RSA-SHA256', signed, publicKey, Buffer.from(signaturePart, 'base64url'))) {
    return 'A JSON web token could not be decoded';
  }
  if (String(payload.iss) !== String(appId)) return "'Issuer' claim ('iss') must be an Integer";
  const { exp, iat } = payload;
  if (typeof exp !== 'number' || exp <= now || exp > now + 660) {
    return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
  }
  if (typeof iat !== 'number' || iat > now + 60)
    return "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued";
  return null;
}

/** Tokens the fake accepts and who each acts as; the App's public key when an App is configured. */
export class AuthRegistry {
  private readonly tokens = new Map<string, TokenIdentity>();
  readonly publicKey: KeyObject | undefined;

  constructor(
    readonly app:
      | (Required<Pick<FakeAppOptions, 'id' | 'slug' | 'installationId'>> &
          Pick<FakeAppOptions, 'otherInstallationIds'>)
      | undefined,
    keyPem?: string,
  ) {
    if (keyPem) {
      this.publicKey = keyPem.includes('PRIVATE KEY')
        ? createPublicKey(createPrivateKey(keyPem))
        : createPublicKey(keyPem);
    }
  }

  /** Accepts `token` from now on as the given identity. */
  addToken(token: string, identity: TokenIdentity): void {
    this.tokens.set(token, identity);
  }

  /** Issues a fresh installation token (`ghs_…`, one hour) acting as the App's bot. */
  issueInstallationToken(): { token: string; expiresAt: string } {
    const token = `ghs_${randomBytes(18).toString('hex')}`;
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const slug = this.app?.slug ?? 'app';
    this.tokens.set(token, {
      kind: 'installation',
      actor: { login: `${slug}[bot]`, type: 'Bot' },
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** Reads `Authorization: token X` / `Bearer X`; a three-part value is treated as an App JWT. */
  authenticate(header: string | undefined): AuthResult {
    if (!header) return { kind: 'none' };
    const match = /^(token|bearer)\s+(\S+)$/i.exec(header.trim());
    if (!match?.[2]) return { kind: 'invalid', message: 'Bad credentials' };
    const credential = match[2];
    const identity = this.tokens.get(credential);
    if (identity) {
      if (identity.expiresAt && Date.parse(identity.expiresAt) <= Date.now()) {
        return { kind: 'invalid', message: 'Bad credentials' };
      }
      return { kind: 'token', identity };
    }
    if (credential.split('.').length === 3) {
      if (!this.app || !this.publicKey)
        return { kind: 'invalid', message: 'A JSON web token could not be decoded' };
      const problem = verifyAppJwt(credential, this.publicKey, this.app.id);
      return problem ? { kind: 'invalid', message: problem } : { kind: 'app' };
    }
    return { kind: 'invalid', message: 'Bad credentials' };
  }
}
