import type { Server } from 'socket.io';
import type { StaffUser } from '../../protocol';
import type { StaffRevocation } from '../auth/staff-revocation';

/** A signed-in member of staff behind a socket: the user, and which login (the hash of its cookie token). */
export interface StaffIdentity {
  user: StaffUser;
  loginId: string;
}

export const userRoom = (userId: string) => `staff-user:${userId}`;
const loginRoom = (loginId: string) => `staff-login:${loginId}`;

/** Staff sockets join a room for their user and one for their login, so they can be reached to be closed. */
export const staffRooms = (identity: StaffIdentity) => [userRoom(identity.user.id), loginRoom(identity.loginId)];

export function createStaffRevocation(io: Server): StaffRevocation {
  return {
    user(userId, exceptLoginId) {
      const target = io.in(userRoom(userId));
      (exceptLoginId ? target.except(loginRoom(exceptLoginId)) : target).disconnectSockets(true);
    },
    login(loginId) {
      io.in(loginRoom(loginId)).disconnectSockets(true);
    },
  };
}

/** Whether a socket's staff rights still stand: the same login, still valid, the same user with the same role. */
export const stillSignedIn = (opened: StaffIdentity, now: StaffIdentity | undefined): now is StaffIdentity =>
  now !== undefined && now.loginId === opened.loginId && now.user.id === opened.user.id && now.user.role === opened.user.role;
