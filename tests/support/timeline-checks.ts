import { expect } from 'vitest';
import type { Store } from '../../signaling-server/src/store/store';

/**
 * A session that went through a crash is whole: every chat line acknowledged (in order), one
 * consent, one end, ended by the engineer; then the store is closed.
 */
export async function expectWholeTimeline(store: Store, sessionId: string, chats: string[]): Promise<void> {
  try {
    const timeline = await store.sessions.timeline(sessionId);
    expect(timeline.flatMap((e) => (e.payload.type === 'chat.message' ? [e.payload.text] : []))).toEqual(chats);
    const types = timeline.map((e) => e.payload.type);
    expect(types.filter((t) => t === 'consent.granted')).toHaveLength(1);
    expect(types.filter((t) => t === 'session.ended')).toHaveLength(1);
    expect(await store.sessions.get(sessionId)).toMatchObject({ status: 'ended', endReason: 'engineer_ended' });
  } finally {
    await store.close();
  }
}
