import { useCallback, useEffect, useState } from 'react';
import type { SetupRequired, StaffUser } from '@firstline/protocol';
import { ApiError, callApi } from '../api/rest-client';

export type StaffUserState =
  { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: StaffUser; setupRequired: SetupRequired };

/** The signed-in staff member, from the httpOnly session cookie the server set. */
export function useStaffUser() {
  const [state, setState] = useState<StaffUserState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const { user, setupRequired } = await callApi('GET /api/auth/me');
      setState({ status: 'signed-in', user, setupRequired });
    } catch {
      setState({ status: 'signed-out' });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(async (email: string, password: string, totp?: string) => {
    const { user, setupRequired } = await callApi('POST /api/auth/login', { body: { email, password, totp } });
    setState({ status: 'signed-in', user, setupRequired });
  }, []);

  const logout = useCallback(async () => {
    await callApi('POST /api/auth/logout').catch((err: unknown) => {
      if (!(err instanceof ApiError)) throw err;
    });
    setState({ status: 'signed-out' });
  }, []);

  return { state, login, logout, refresh };
}
