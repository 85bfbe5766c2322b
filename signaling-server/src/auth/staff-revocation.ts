/**
 * Ends staff rights held by open connections the moment the server takes them away: the sessions
 * room implements it (closing sockets), auth decides when.
 */
export interface StaffRevocation {
  /** Every connection of this user (disabled, role changed, password reset), but for one login's when given. */
  user(userId: string, exceptLoginId?: string): void;
  /** The connections opened with one login (signed out). */
  login(loginId: string): void;
}
