import { useEffect, useRef } from 'react';
import type { CustomerBridge } from '../../bridge/customer-bridge';

/** The desktop app's always-on-top bar follows the session, and its buttons act in the customer's window. */
export function useSharingBarSync(options: {
  bridge: CustomerBridge;
  sharing: boolean;
  engineerName: string;
  watcherNames: string[];
  controlShortcut: string | null;
  stopSharing: () => Promise<void>;
  takeBack: () => Promise<void>;
  end: () => Promise<void>;
}) {
  const { bridge, sharing, engineerName, watcherNames, controlShortcut, stopSharing, takeBack } = options;
  useEffect(() => {
    bridge.sharingBar?.update({ sharing: sharing && engineerName !== '', engineerName, watcherNames, controlShortcut });
  }, [bridge, sharing, engineerName, watcherNames, controlShortcut]);
  const end = useRef(options.end);
  end.current = options.end;
  useEffect(
    () =>
      bridge.sharingBar?.onCommand((command) => {
        if (command === 'stop-sharing') void stopSharing();
        else if (command === 'take-back-control') void takeBack();
        else void end.current();
      }),
    [bridge, stopSharing, takeBack],
  );
}
