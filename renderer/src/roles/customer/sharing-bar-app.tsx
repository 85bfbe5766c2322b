import { useEffect, useState } from 'react';
import { BRIDGE_GLOBAL, type DesktopBridge, type SharingState } from '@firstline/bridge-contract';
import { SharingBar } from './sharing-bar';

/**
 * The desktop app's always-on-top bar (bar.html): the same bar as in the customer's window, shown
 * above every other app while sharing. Its buttons ask the main process, which asks the window.
 */
export function SharingBarApp() {
  const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_GLOBAL];
  const [state, setState] = useState<SharingState>({ sharing: false, engineerName: '' });

  useEffect(() => {
    if (!bridge) return;
    void bridge.currentSharing().then(setState);
    return bridge.onSharingState(setState);
  }, [bridge]);

  if (!bridge || !state.sharing) return null;
  return (
    <div className="app bar-window">
      <SharingBar
        engineerName={state.engineerName}
        watcherNames={state.watcherNames}
        sharing={state.sharing}
        onStopSharing={() => void bridge.requestSharingCommand('stop-sharing')}
        controlShortcut={state.controlShortcut}
        onEnd={() => void bridge.requestSharingCommand('end-session')}
        onTakeBack={() => void bridge.requestSharingCommand('take-back-control')}
      />
    </div>
  );
}
