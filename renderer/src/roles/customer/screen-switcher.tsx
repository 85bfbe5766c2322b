import { useTranslation } from 'react-i18next';
import type { ScreenSource } from '@firstline/bridge-contract';

/** The customer's own way to show another screen while sharing (desktop app, more than one screen). */
export function ScreenSwitcher(props: { screens: ScreenSource[]; current: string | null; onSwitch: (id: string) => void }) {
  const { t } = useTranslation();
  if (props.screens.length < 2) return null;
  return (
    <div className="actions screen-switcher" role="group" aria-label={t('customer.switch.title')}>
      {props.screens
        .filter((screen) => screen.id !== props.current)
        .map((screen) => (
          <button key={screen.id} type="button" onClick={() => props.onSwitch(screen.id)}>
            {t('customer.switch.to', { screen: screen.name })}
          </button>
        ))}
    </div>
  );
}
