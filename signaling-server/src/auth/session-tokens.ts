import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'firstline_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** 256 random bits; only their SHA-256 is stored, so a database leak yields no usable session. */
export const newSessionToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
