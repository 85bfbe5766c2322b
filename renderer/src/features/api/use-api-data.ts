import { useCallback, useEffect, useState } from 'react';
import type { JsonRouteKey, RouteParamsInput, RouteResponse } from '@firstline/protocol';
import { ApiError, apiUrl, callApi, type CallInput } from './rest-client';

/** Loads one GET route of the contract; `reload` fetches it again. Reloads when the URL changes. */
export function useApiData<K extends JsonRouteKey>(
  key: K,
  ...[input]: RouteParamsInput<K> extends undefined ? [CallInput<K>?] : [CallInput<K>]
) {
  const [data, setData] = useState<RouteResponse<K> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const url = apiUrl(key, input);
  const load = useCallback(() => {
    setError(null);
    (callApi as (k: K, i?: CallInput<K>) => Promise<RouteResponse<K>>)(key, input)
      .then(setData)
      .catch((err: unknown) => setError(err instanceof ApiError ? err.code : 'internal'));
    // The URL stands for key and input: a new object with the same URL is the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url]);
  useEffect(load, [load]);
  return { data, error, reload: load };
}
