import { useTranslation } from 'react-i18next';

/** The customer's screens (desktop app): which one is shown, and a way to ask for another. */
export function CustomerScreens(props: {
  customerName: string;
  screens: { list: Array<{ id: string; name: string }>; current: string | null } | null;
  onAsk: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (!props.screens || props.screens.list.length < 2) return null;
  return (
    <div className="toolbar customer-screens" role="group" aria-label={t('engineer.screens.title', { name: props.customerName })}>
      <span className="muted">{t('engineer.screens.title', { name: props.customerName })}</span>
      {props.screens.list.map((screen) =>
        screen.id === props.screens!.current ? (
          <span key={screen.id} className="badge">
            {t('engineer.screens.current', { screen: screen.name })}
          </span>
        ) : (
          <button key={screen.id} type="button" onClick={() => props.onAsk(screen.id)}>
            {t('engineer.screens.ask', { screen: screen.name })}
          </button>
        ),
      )}
    </div>
  );
}
