import { useCallback, useState } from 'react';
import type { CustomerBridge } from '../../bridge/customer-bridge';
import { callApi } from '../../features/api/rest-client';

/** The customer's rating of a finished session, proved by the token the session was opened with. */
export function useSessionRating(bridge: CustomerBridge) {
  // Kept past the end of the session: it proves the customer's right to rate it.
  const [ratingToken, setRatingToken] = useState<string | null>(null);
  const rate = useCallback(
    async (score: number, comment: string) => {
      if (!ratingToken) return false;
      const body = { customerToken: ratingToken, score, ...(comment && { comment }) };
      return callApi('POST /api/sessions/rating', { base: await bridge.serverUrl(), body }).then(
        () => true,
        () => false,
      );
    },
    [bridge, ratingToken],
  );
  return { rate: ratingToken ? rate : null, setRatingToken };
}
