import type { Logger } from 'pino';
import type { ErrorCode } from '../../protocol';

export interface DeniedAction {
  channel: 'socket' | 'http';
  /** The socket event or "METHOD /route". */
  action: string;
  reason: ErrorCode;
  message: string;
  address: string;
  userId?: string | null;
  socketId?: string;
  /** The help session the socket is in, if any. */
  sessionId?: string;
}

/** One structured line per denied action, for audits and alerting: `{"component":"security",…}`. */
export function createSecurityLog(log: Logger) {
  const security = log.child({ component: 'security' });
  return {
    denied(entry: DeniedAction): void {
      security.warn({ event: 'denied', ...entry }, `denied ${entry.action}: ${entry.reason}`);
    },
  };
}

export type SecurityLog = ReturnType<typeof createSecurityLog>;
