import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Firstline';
const totpFor = (secret: string, label = 'staff') =>
  new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI authenticator apps read from a QR code. */
export function totpUri(secret: string, account: string): string {
  return totpFor(secret, account).toString();
}

const PERIOD_MS = 30_000;

/**
 * Accepts the current 30-second step and one either side, for clock drift. Returns the time step
 * the code belongs to (so a used code can be refused), or null.
 */
export function verifyTotp(secret: string, code: string, now: number): number | null {
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / PERIOD_MS) + delta;
}

export function currentTotp(secret: string, now: number): string {
  return totpFor(secret).generate({ timestamp: now });
}
