import { useCallback, useEffect, useState } from 'react';
import { ApiError, staffApi } from '../../features/staff/staff-api';

/** Loads one API resource; `reload` fetches it again. */
export function useApiData<T>(path: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    staffApi<T>(path)
      .then(setData)
      .catch((err: unknown) => setError(err instanceof ApiError ? err.code : 'internal'));
  }, [path]);
  useEffect(load, [load]);
  return { data, error, reload: load };
}
