import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueEntry } from '@firstline/protocol';

const STORAGE_KEY = 'firstline.arrivalAlerts';

/** A short two-note chime, made on the spot (no sound file to fetch). */
function chime(): void {
  const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioContextClass) return;
  const audio = new AudioContextClass();
  [880, 1320].forEach((frequency, i) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.15, audio.currentTime + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.18 + 0.16);
    tone.connect(gain).connect(audio.destination);
    tone.start(audio.currentTime + i * 0.18);
    tone.stop(audio.currentTime + i * 0.18 + 0.17);
  });
  window.setTimeout(() => void audio.close(), 1000);
}

/**
 * Opt-in alerts when a customer starts waiting: a chime and, where the browser allows it, a desktop
 * notification. The choice is remembered on this computer; nothing sounds until it is switched on.
 */
export function useArrivalAlerts(arrival: QueueEntry | null) {
  const { t } = useTranslation();
  const [enabled, setEnabledState] = useState(() => localStorage.getItem(STORAGE_KEY) === 'on');
  const [permission, setPermission] = useState(() => ('Notification' in window ? Notification.permission : 'denied'));

  useEffect(() => {
    if (!arrival || !enabled) return;
    chime();
    if ('Notification' in window && Notification.permission === 'granted')
      new Notification(t('engineer.alerts.title'), {
        body: t('engineer.alerts.body', { name: arrival.customerName, problem: arrival.description }),
        tag: arrival.id,
      });
  }, [arrival, enabled, t]);

  const setEnabled = useCallback(async (on: boolean) => {
    if (on && 'Notification' in window && Notification.permission === 'default') setPermission(await Notification.requestPermission());
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    setEnabledState(on);
  }, []);

  return { enabled, setEnabled, notificationsBlocked: permission === 'denied' };
}

export type ArrivalAlerts = ReturnType<typeof useArrivalAlerts>;
