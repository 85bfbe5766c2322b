import { useCallback, type RefObject } from 'react';
import type { CustomerBridge } from '../../bridge/customer-bridge';
import { useClipboardExchange } from '../../features/clipboard/use-clipboard-exchange';
import type { PeerLink } from '../../features/peer/peer-link';
import type { SignallingClient } from '../../features/signalling/signalling-client';

/** Clipboard text both ways, on the customer's side: sent only when they press the button. */
export function useCustomerClipboard(
  bridge: CustomerBridge,
  link: RefObject<PeerLink | null>,
  signalling: RefObject<SignallingClient | null>,
) {
  const clipboard = useClipboardExchange();
  const { receive } = clipboard;

  /** The engineer's text: shown, and in the desktop app put straight on the clipboard (and said so). */
  const received = useCallback(
    (text: string) => {
      receive(text);
      if (bridge.kind === 'desktop') void bridge.clipboard.write(text);
    },
    [bridge, receive],
  );

  const sendMine = useCallback(async (): Promise<'sent' | 'empty' | 'failed'> => {
    const text = await bridge.clipboard.read().catch(() => null);
    if (text === null) return 'failed';
    if (!text) return 'empty';
    return clipboard.send(link.current, signalling.current, text.slice(0, 100_000)) ? 'sent' : 'failed';
  }, [bridge, clipboard, link, signalling]);

  return { state: { received: clipboard.received, sentChars: clipboard.sentChars, sendMine }, received };
}
