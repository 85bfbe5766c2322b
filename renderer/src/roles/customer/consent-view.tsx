import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosticsConsent, EngineerIdentity, Permission } from '@firstline/protocol';
import { defaultDiagnosticsConsent, DiagnosticsChoices } from './diagnostics-choices';

type Props = {
  engineer: EngineerIdentity;
  permissions: Permission[];
  diagnosticsKind: 'full' | 'browser';
  onRespond: (granted: boolean, diagnostics: DiagnosticsConsent | null) => void;
};

export function ConsentView({ engineer, permissions, diagnosticsKind, onRespond }: Props) {
  const { t } = useTranslation();
  // System information is shared only if the customer ticks it: nothing leaves the machine by default.
  const [shareDiagnostics, setShareDiagnostics] = useState(false);
  const [diagnostics, setDiagnostics] = useState(() => defaultDiagnosticsConsent(diagnosticsKind));
  return (
    <section className="card narrow" aria-labelledby="consent-heading">
      <h1 id="consent-heading">{t('customer.consent.title')}</h1>
      <div className="engineer-identity">
        <span className="avatar" aria-hidden="true">
          {engineer.name.slice(0, 1)}
        </span>
        <div>
          <strong data-testid="engineer-name">{engineer.name}</strong>
          <div className="muted">{engineer.organisation}</div>
        </div>
      </div>
      <p className="warning" role="note">
        {t('customer.consent.warning', { organisation: engineer.organisation })}
      </p>
      <h2>{t('customer.consent.asks')}</h2>
      <ul className="permissions">
        {permissions.map((p) => (
          <li key={p}>
            <strong>{t(`permissions.${p}.title`)}</strong>
            <span className="muted">{t(`permissions.${p}.detail`)}</span>
            {p === 'diagnostics' && (
              <DiagnosticsChoices
                kind={diagnosticsKind}
                enabled={shareDiagnostics}
                consent={diagnostics}
                onEnabled={setShareDiagnostics}
                onChange={setDiagnostics}
              />
            )}
          </li>
        ))}
      </ul>
      <p className="muted">{t('customer.consent.control')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => onRespond(true, shareDiagnostics ? diagnostics : null)}>
          {t('customer.consent.approve')}
        </button>
        <button type="button" className="danger-outline" onClick={() => onRespond(false, null)}>
          {t('customer.consent.decline')}
        </button>
      </div>
    </section>
  );
}
