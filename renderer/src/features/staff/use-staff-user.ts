import { useCallback, useEffect, useState } from 'react';
import type { SetupRequired, StaffUser } from '@firstline/protocol';
import { ApiError, staffApi } from './staff-api';

export type StaffUserState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: StaffUser; setupRequired: SetupRequired };

type SessionReply = { user: StaffUser; setupRequired: SetupRequired };

/** The signed-in staff member, from the httpOnly session cookie the server set. */
export function useStaffUser() {
  const [state, setState] = useState<StaffUserState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const { user, setupRequired } = await staffApi<SessionReply>('/api/auth/me');
      setState({ status: 'signed-in', user, setupRequired });
    } catch {
      setState({ status: 'signed-out' });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(async (email: string, password: string, totp?: string) => {
    const { user, setupRequired } = await staffApi<SessionReply>('/api/auth/login', { method: 'POST', body: { email, password, totp } });
    setState({ status: 'signed-in', user, setupRequired });
  }, []);

  const logout = useCallback(async () => {
    await staffApi('/api/auth/logout', { method: 'POST', body: {} }).catch((err: unknown) => {
      if (!(err instanceof ApiError)) throw err;
    });
    setState({ status: 'signed-out' });
  }, []);

  return { state, login, logout, refresh };
}
