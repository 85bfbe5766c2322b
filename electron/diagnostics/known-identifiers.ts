import { hostname, networkInterfaces, userInfo } from 'node:os';
import type { KnownIdentifiers } from './redaction';

/** The machine's own identifiers, read synchronously from the OS before any probe runs. */
export function readKnownIdentifiers(): KnownIdentifiers {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined);
  const shortHost = hostname().split('.')[0] ?? '';
  return {
    hostNames: [...new Set([hostname(), shortHost].filter(Boolean))],
    userNames: [userInfo().username].filter(Boolean),
    ipAddresses: [...new Set(addresses.filter((a) => !a.internal).map((a) => a.address))],
    macAddresses: [...new Set(addresses.map((a) => a.mac).filter((m) => m && m !== '00:00:00:00:00:00'))],
  };
}
