import type { Kysely } from 'kysely';
import type { Database } from './database-schema';

/** A read kept for the rest of a transaction; `set` records a value the transaction itself just wrote. */
export type TransactionMemo<T> = ((trx: Kysely<Database>, key: string, read: () => Promise<T>) => Promise<T>) & {
  set(trx: Kysely<Database>, key: string, value: T): void;
};

/**
 * A read done once per transaction and key: a group commit writes many events in one transaction,
 * and what they look up (the webhook endpoints, a session's ticket) changes only in transactions
 * of its own, or through `set` by the write that changes it. Outside a transaction every call reads.
 */
export function oncePerTransaction<T>(): TransactionMemo<T> {
  const memo = new WeakMap<object, Map<string, Promise<T>>>();
  const known = (trx: Kysely<Database>) => {
    let values = memo.get(trx);
    if (!values) memo.set(trx, (values = new Map()));
    return values;
  };
  const once = (trx: Kysely<Database>, key: string, read: () => Promise<T>) => {
    if (!trx.isTransaction) return read();
    const values = known(trx);
    let value = values.get(key);
    if (!value) values.set(key, (value = read()));
    return value;
  };
  return Object.assign(once, {
    set: (trx: Kysely<Database>, key: string, value: T) => void (trx.isTransaction && known(trx).set(key, Promise.resolve(value))),
  });
}
