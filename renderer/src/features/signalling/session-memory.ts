import type { z } from 'zod';

/**
 * What a page needs to find its live session again after a reload, kept in sessionStorage: it
 * belongs to this tab only and is gone when the tab closes. Read back through a schema, so a
 * stale or tampered entry is ignored (and removed) rather than trusted.
 */
export function sessionMemory<S extends z.ZodType>(key: string, schema: S) {
  const storage = (): Storage | null => {
    try {
      return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    } catch {
      return null;
    }
  };
  return {
    save: (value: z.infer<S>): void => {
      storage()?.setItem(key, JSON.stringify(value));
    },
    read: (): z.infer<S> | null => {
      const raw = storage()?.getItem(key);
      if (!raw) return null;
      try {
        const parsed = schema.safeParse(JSON.parse(raw));
        if (parsed.success) return parsed.data as z.infer<S>;
      } catch {
        // Not JSON: forgotten below.
      }
      storage()?.removeItem(key);
      return null;
    },
    forget: (): void => {
      storage()?.removeItem(key);
    },
  };
}
