import type { Kysely } from 'kysely';
import type { Database } from './database-schema';

/**
 * A read done once per transaction and key: a group commit writes many events in one transaction,
 * and what they look up (the webhook endpoints, a session's ticket) only changes in transactions
 * of its own. Outside a transaction every call reads.
 */
export function oncePerTransaction<T>(): (trx: Kysely<Database>, key: string, read: () => Promise<T>) => Promise<T> {
  const memo = new WeakMap<object, Map<string, Promise<T>>>();
  return (trx, key, read) => {
    if (!trx.isTransaction) return read();
    let known = memo.get(trx);
    if (!known) memo.set(trx, (known = new Map()));
    let value = known.get(key);
    if (!value) known.set(key, (value = read()));
    return value;
  };
}
