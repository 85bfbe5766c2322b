import { randomInt } from 'node:crypto';
import { SESSION_CODE_DIGITS } from '../../protocol';

export type RandomInt = (min: number, max: number) => number;

/** A 9-digit code from the CSPRNG, avoiding codes already in use. */
export function generateSessionCode(inUse: (code: string) => boolean, random: RandomInt = randomInt): string {
  const space = 10 ** SESSION_CODE_DIGITS;
  for (let attempt = 0; attempt < 32; attempt += 1) {
    const code = String(random(0, space)).padStart(SESSION_CODE_DIGITS, '0');
    if (!inUse(code)) return code;
  }
  throw new Error('Could not find a free session code');
}
