import { scrypt, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: 19 MiB, two passes, one lane. */
// Algorithm.Argon2id is an ambient const enum (2); isolatedModules cannot read it, so the value is spelled out.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** `rehash` is true for hashes made before argon2id (scrypt), which are upgraded at sign-in. */
export async function verifyPassword(password: string, encoded: string): Promise<{ ok: boolean; rehash: boolean }> {
  if (encoded.startsWith('$argon2')) return { ok: await verify(encoded, password).catch(() => false), rehash: false };
  return { ok: await verifyLegacyScrypt(password, encoded), rehash: true };
}

function verifyLegacyScrypt(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = encoded.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return Promise.resolve(false);
  const expected = Buffer.from(key, 'base64url');
  return new Promise((resolve) => {
    scrypt(
      password,
      Buffer.from(salt, 'base64url'),
      expected.length,
      { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 },
      (err, actual) => resolve(!err && actual.length === expected.length && timingSafeEqual(actual, expected)),
    );
  });
}
