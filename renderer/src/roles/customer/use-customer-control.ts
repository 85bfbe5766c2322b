import { useCallback, useEffect, useRef, useState } from 'react';
import type { ControlInput, ControlState, EngineerIdentity, ServerPayload } from '@firstline/protocol';
import type { CustomerBridge } from '../../bridge/customer-bridge';
import type { SignallingClient } from '../../features/signalling/signalling-client';

/**
 * The customer's side of remote control: the separate prompt, injecting through the desktop app
 * only while control is granted, and taking it back (button, shortcut) at any moment. The desktop
 * app checks the grant again before anything is injected.
 */
export function useCustomerControl(bridge: CustomerBridge) {
  const [control, setControl] = useState<ControlState>({ state: 'off' });
  const [asker, setAsker] = useState<EngineerIdentity | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const client = useRef<SignallingClient | null>(null);
  const granted = useRef(false);

  const takeBack = useCallback(async (how: 'button' | 'shortcut') => {
    await client.current?.request('control:end', { how });
  }, []);

  const onChanged = useCallback(
    ({ control: next, engineer }: ServerPayload<'control:changed'>) => {
      setControl(next);
      setAsker(engineer);
      const nowGranted = next.state === 'granted';
      if (nowGranted && !granted.current && bridge.control) {
        setFailed(null);
        void bridge.control.start().then((started) => {
          if (started.ok) return setShortcut(started.shortcut);
          setFailed(started.reason);
          void takeBack('button');
        });
      }
      if (!nowGranted && granted.current) {
        void bridge.control?.stop();
        setShortcut(null);
      }
      granted.current = nowGranted;
    },
    [bridge, takeBack],
  );

  /** Remote input from the data channel, passed on only while control is granted. */
  const onInput = useCallback(
    (input: ControlInput) => {
      if (granted.current) void bridge.control?.input(input);
    },
    [bridge],
  );

  /** The shared screen changed: control moves with it (the app is granted again, over the new screen). */
  const follow = useCallback(() => {
    if (granted.current) void bridge.control?.start();
  }, [bridge]);

  const respond = useCallback(async (yes: boolean) => {
    await client.current?.request('control:respond', { granted: yes });
  }, []);

  // The desktop app stops injecting on its own when the shortcut is pressed or the customer moves their mouse.
  useEffect(
    () =>
      bridge.control?.onInterrupted((why) => {
        if (why === 'shortcut') void takeBack('shortcut');
        else void client.current?.request('control:paused', {});
      }),
    [bridge, takeBack],
  );

  const attach = useCallback(
    (signalling: SignallingClient | null) => {
      client.current = signalling;
      if (signalling) return;
      if (granted.current) void bridge.control?.stop();
      granted.current = false;
      setControl({ state: 'off' });
      setShortcut(null);
    },
    [bridge],
  );

  return { control, asker, shortcut, failed, onChanged, onInput, respond, takeBack, attach, follow };
}

export type CustomerControl = ReturnType<typeof useCustomerControl>;
