import { z } from 'zod';
import { resultOf } from './errors';
import { EngineerIdentity, SessionId, SessionView } from './session';

/**
 * A colleague joins a live session: to watch beside its engineer, or to take it over (hand-over).
 * The session's engineer invites, the colleague accepts, and the customer is asked before anyone
 * new sees their screen; every step is on the timeline.
 */
export const ColleagueMode = z.enum(['watch', 'handover']);
export type ColleagueMode = z.infer<typeof ColleagueMode>;

/** How many colleagues may watch one session at once. */
export const MAX_WATCHERS = 3;

/** To the invited colleague's consoles. */
export const ColleagueInvitation = z.object({
  sessionId: SessionId,
  customerName: z.string(),
  description: z.string(),
  from: EngineerIdentity,
  mode: ColleagueMode,
});
export type ColleagueInvitation = z.infer<typeof ColleagueInvitation>;

/** Why an invitation closed without the colleague joining. */
export const InvitationClosedReason = z.enum(['declined_by_colleague', 'declined_by_customer', 'session_ended', 'withdrawn']);
export type InvitationClosedReason = z.infer<typeof InvitationClosedReason>;

export const WatcherLeftHow = z.enum(['left', 'removed', 'disconnected', 'session-ended', 'handed-over']);
export type WatcherLeftHow = z.infer<typeof WatcherLeftHow>;

export const colleagueClientEvents = {
  /** Engineers online now (watching the queue), the caller excluded: whom a session can be shared with. */
  'colleagues:list': {
    payload: z.object({}),
    result: resultOf({ colleagues: z.array(EngineerIdentity) }),
  },
  /** The session's engineer invites a colleague to watch, or to take the session over. */
  'colleague:invite': {
    payload: z.object({ engineerId: z.string().min(1).max(64), mode: ColleagueMode }),
    result: resultOf({}),
  },
  /** The invited colleague says yes (the customer is asked next) or no. */
  'invitation:answer': {
    payload: z.object({ sessionId: SessionId, accept: z.boolean() }),
    result: resultOf({}),
  },
  /** The customer's answer to a colleague joining. */
  'colleague:respond': {
    payload: z.object({ granted: z.boolean() }),
    result: resultOf({}),
  },
  /** The customer removes a watching colleague at once. */
  'watcher:remove': {
    payload: z.object({ engineerId: z.string().min(1).max(64) }),
    result: resultOf({}),
  },
  /** A watching colleague leaves. */
  'watch:leave': {
    payload: z.object({}),
    result: resultOf({}),
  },
} as const;

export const colleagueServerEvents = {
  'colleague:invitation': ColleagueInvitation,
  'invitation:closed': z.object({ sessionId: SessionId, engineer: EngineerIdentity, reason: InvitationClosedReason }),
  /** To the customer: someone asks to join; nobody new sees anything until they answer. */
  'colleague:request': z.object({ engineer: EngineerIdentity, from: EngineerIdentity, mode: ColleagueMode }),
  /** To the colleague the customer let in to watch. */
  'watch:started': z.object({ session: SessionView }),
  'watch:ended': z.object({ sessionId: SessionId, how: WatcherLeftHow }),
  /** Who watches besides the engineer, to everyone in the session whenever it changes. */
  'session:watchers': z.object({ watchers: z.array(EngineerIdentity) }),
  /** The session has a new engineer: to the customer, the engineer who left and the one who took over. */
  'session:handover': z.object({ session: SessionView, from: EngineerIdentity, to: EngineerIdentity }),
} as const;
