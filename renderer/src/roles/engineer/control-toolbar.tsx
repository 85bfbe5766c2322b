import { useTranslation } from 'react-i18next';
import type { ControlState, CustomerClient, SpecialKeys } from '@firstline/protocol';

const SPECIAL: SpecialKeys[] = ['meta', 'alt-tab', 'ctrl-esc'];

/**
 * Remote control from the engineer's side: ask (the customer is asked separately), wait, and once
 * granted, capture pointer and keys on the picture, send what a browser keeps to itself, let go.
 */
export function ControlToolbar(props: {
  client: CustomerClient;
  customerName: string;
  sharing: boolean;
  control: ControlState;
  capturing: boolean;
  onAsk: () => void;
  onLetGo: () => void;
  onCapture: (on: boolean) => void;
  onSpecialKeys: (keys: SpecialKeys) => void;
}) {
  const { t } = useTranslation();
  if (props.client === 'browser') {
    return <p className="muted control-toolbar">{t('engineer.control.browserOnly', { name: props.customerName })}</p>;
  }
  return (
    <div className="toolbar control-toolbar" role="group" aria-label={t('engineer.control.title')}>
      {props.control.state === 'off' && (
        <button type="button" onClick={props.onAsk} disabled={!props.sharing}>
          {t('engineer.control.ask')}
        </button>
      )}
      {props.control.state === 'requested' && (
        <p className="muted" role="status">
          {t('engineer.control.asking', { name: props.customerName })}
        </p>
      )}
      {props.control.state === 'granted' && (
        <>
          <button
            type="button"
            className={props.capturing ? 'primary' : ''}
            aria-pressed={props.capturing}
            onClick={() => props.onCapture(!props.capturing)}
          >
            {t('engineer.control.capture')}
          </button>
          {SPECIAL.map((keys) => (
            <button key={keys} type="button" onClick={() => props.onSpecialKeys(keys)}>
              {t(`engineer.control.keys.${keys}`)}
            </button>
          ))}
          <button type="button" onClick={props.onLetGo}>
            {t('engineer.control.letGo')}
          </button>
          <p className="muted small" role="status">
            {props.capturing ? t('engineer.control.holdEsc') : t('engineer.control.granted', { name: props.customerName })}{' '}
            {t('engineer.control.noCad')}
          </p>
        </>
      )}
    </div>
  );
}
