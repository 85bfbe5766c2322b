import { useTranslation } from 'react-i18next';

/** The 6-digit code from an authenticator app. */
export function TotpCodeInput({ value, onChange, autoFocus }: { value: string; onChange: (code: string) => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('login.totp')}
      <input
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="\d{6}"
        required
        autoFocus={autoFocus}
        value={value}
        onChange={(e) => onChange(e.target.value.trim())}
      />
    </label>
  );
}
