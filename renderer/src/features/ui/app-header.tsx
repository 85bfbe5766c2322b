import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../i18n/pick-language';

export function AppHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          F
        </span>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-title">{title}</span>
      </div>
      <div className="header-actions">
        {children}
        <label className="language-picker">
          <span className="visually-hidden">{t('app.language')}</span>
          <select value={i18n.resolvedLanguage} onChange={(e) => void i18n.changeLanguage(e.target.value)} aria-label={t('app.language')}>
            {SUPPORTED_LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
