import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import nock from 'nock';

// The Bot Connector signs the token of every activity it posts to /api/messages (RS256, issuer
// https://api.botframework.com, audience the bot's client id, a `serviceurl` claim); its public keys are
// at https://login.botframework.com/v1/.well-known/keys. Here a key of our own plays the connector's.

export const BOT_FRAMEWORK_KEYS = { origin: 'https://login.botframework.com', path: '/v1/.well-known/keys' };

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function signingKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** The JWKS document the connector publishes, holding these keys. */
export function jwks(...keys: SigningKey[]) {
  return {
    keys: keys.map((k) => ({
      ...(k.publicKey.export({ format: 'jwk' }) as Record<string, string>),
      kid: k.kid,
      kty: 'RSA',
      use: 'sig',
      alg: 'RS256',
      endorsements: ['msteams'],
    })),
  };
}

/** Serves the keys where the SDK's validator fetches them (until nock.cleanAll()). */
export function serveBotFrameworkKeys(...keys: SigningKey[]) {
  return nock(BOT_FRAMEWORK_KEYS.origin)
    .persist()
    .get(BOT_FRAMEWORK_KEYS.path)
    .reply(200, jwks(...keys));
}

/** A token as the Bot Connector signs it; `key` may be one the connector does not publish. */
export function botFrameworkToken(
  key: SigningKey,
  claims: { appId: string; serviceUrl: string } & Record<string, unknown>,
): string {
  const now = Math.floor(Date.now() / 1000);
  const { appId, serviceUrl, ...rest } = claims;
  const header = b64({ alg: 'RS256', typ: 'JWT', kid: key.kid, x5t: key.kid });
  const payload = b64({
    serviceurl: serviceUrl,
    nbf: now - 60,
    exp: now + 3600,
    iss: 'https://api.botframework.com',
    aud: appId,
    ...rest,
  });
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${payload}`);
  return `${header}.${payload}.${signer.sign(key.privateKey).toString('base64url')}`;
}
