import { useCallback, useEffect, useState } from 'react';
import type { StaffUser } from '@firstline/protocol';
import { ApiError, staffApi } from './staff-api';

export type StaffUserState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: StaffUser };

/** The signed-in staff member, from the httpOnly session cookie the server set. */
export function useStaffUser() {
  const [state, setState] = useState<StaffUserState>({ status: 'loading' });

  useEffect(() => {
    staffApi<{ user: StaffUser }>('/api/auth/me')
      .then(({ user }) => setState({ status: 'signed-in', user }))
      .catch(() => setState({ status: 'signed-out' }));
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const { user } = await staffApi<{ user: StaffUser }>('/api/auth/login', { method: 'POST', body: { email, password } });
    setState({ status: 'signed-in', user });
  }, []);

  const logout = useCallback(async () => {
    await staffApi('/api/auth/logout', { method: 'POST', body: {} }).catch((err: unknown) => {
      if (!(err instanceof ApiError)) throw err;
    });
    setState({ status: 'signed-out' });
  }, []);

  return { state, login, logout };
}
