import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Slack tokens at rest. With SLACK_TOKEN_ENCRYPTION_KEY (32 bytes, base64 or hex) each token is sealed
// with AES-256-GCM: a fresh 12-byte nonce per value, and the installation's key (enterprise/team) as
// additional data, so a sealed token copied onto another installation's row does not open. Without a key
// tokens are stored as they are, marked `plain:` — readable once a key is configured later, and sealed
// the next time the installation is written (an install or a token rotation).

const SEALED = 'gcm1:';
const PLAIN = 'plain:';

export class TokenCipherError extends Error {
  readonly code = 'slack_token_cipher';
}

export interface TokenCipher {
  readonly encrypts: boolean;
  /** The stored form of a token; `context` binds it to its installation. */
  seal(token: string, context: string): string;
  /** The token back. Throws TokenCipherError when it cannot be opened (wrong key, tampered, no key). */
  open(stored: string, context: string): string;
}

/** The 32-byte key from its configured text (base64 or 64 hex digits); throws on anything else. */
export function parseTokenKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new TokenCipherError(
      'SLACK_TOKEN_ENCRYPTION_KEY must be 32 bytes, written as base64 or 64 hex digits (e.g. `openssl rand -base64 32`).',
    );
  }
  return key;
}

export function createTokenCipher(keyText?: string): TokenCipher {
  const key = keyText ? parseTokenKey(keyText) : undefined;
  return {
    encrypts: key !== undefined,
    seal(token, context) {
      if (!key) return PLAIN + token;
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
      return SEALED + Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64');
    },
    open(stored, context) {
      if (stored.startsWith(PLAIN)) return stored.slice(PLAIN.length);
      if (!stored.startsWith(SEALED)) throw new TokenCipherError('stored Slack token has an unknown format');
      if (!key) {
        throw new TokenCipherError(
          'a stored Slack token is encrypted, but SLACK_TOKEN_ENCRYPTION_KEY is not set',
        );
      }
      const raw = Buffer.from(stored.slice(SEALED.length), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        // Never the token or the key in the message: only that it did not open.
        throw new TokenCipherError(
          'a stored Slack token could not be decrypted (wrong key or altered value)',
        );
      }
    },
  };
}
