import { useTranslation } from 'react-i18next';
import { DESKTOP_SECTIONS, type DiagnosticsConsent, type RedactionChoices, type SectionName } from '@firstline/protocol';

export const DEFAULT_REDACTION: RedactionChoices = {
  serials: true,
  macAddresses: true,
  userNames: true,
  hostName: true,
  ipAddresses: false,
};

export function defaultDiagnosticsConsent(kind: 'full' | 'browser'): DiagnosticsConsent {
  return { sections: kind === 'full' ? [...DESKTOP_SECTIONS] : ['browser'], redact: DEFAULT_REDACTION };
}

/** The customer decides, before anything is shared, which sections go and which identifiers are hidden. */
export function DiagnosticsChoices(props: {
  kind: 'full' | 'browser';
  enabled: boolean;
  consent: DiagnosticsConsent;
  onEnabled: (on: boolean) => void;
  onChange: (consent: DiagnosticsConsent) => void;
}) {
  const { t } = useTranslation();
  const { consent } = props;
  const toggleSection = (name: SectionName, on: boolean) =>
    props.onChange({ ...consent, sections: on ? [...consent.sections, name] : consent.sections.filter((s) => s !== name) });
  const toggleRedaction = (key: keyof RedactionChoices, on: boolean) =>
    props.onChange({ ...consent, redact: { ...consent.redact, [key]: on } });

  return (
    <div className="diagnostics-choices">
      <label className="checkbox">
        <input type="checkbox" checked={props.enabled} onChange={(e) => props.onEnabled(e.target.checked)} />
        {t('customer.diagnostics.share')}
      </label>
      {props.kind === 'browser' && <p className="muted">{t('customer.diagnostics.browserOnly')}</p>}
      {props.enabled && props.kind === 'full' && (
        <details>
          <summary>{t('customer.diagnostics.choose')}</summary>
          <fieldset>
            <legend>{t('customer.diagnostics.sections')}</legend>
            <div className="choice-grid">
              {DESKTOP_SECTIONS.map((name) => (
                <label key={name} className="checkbox">
                  <input
                    type="checkbox"
                    checked={consent.sections.includes(name)}
                    onChange={(e) => toggleSection(name, e.target.checked)}
                  />
                  {t(`sections.${name}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('customer.diagnostics.hide')}</legend>
            <div className="choice-grid">
              {(Object.keys(consent.redact) as Array<keyof RedactionChoices>).map((key) => (
                <label key={key} className="checkbox">
                  <input type="checkbox" checked={consent.redact[key]} onChange={(e) => toggleRedaction(key, e.target.checked)} />
                  {t(`redaction.${key}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </details>
      )}
    </div>
  );
}
