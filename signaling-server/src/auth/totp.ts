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

/** Accepts the current 30-second step and one either side, for clock drift. */
export function verifyTotp(secret: string, code: string, now: number): boolean {
  return totpFor(secret).validate({ token: code, timestamp: now, window: 1 }) !== null;
}

export function currentTotp(secret: string, now: number): string {
  return totpFor(secret).generate({ timestamp: now });
}
