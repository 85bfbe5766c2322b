import { useTranslation } from 'react-i18next';
import type { SetupRequired, StaffUser } from '@firstline/protocol';
import { ChangePasswordForm } from './change-password-form';
import { TotpSettings } from './totp-settings';

/** Shown instead of a console until the account meets the organisation's rules. */
export function AccountSetup({ user, required, onDone }: { user: StaffUser; required: NonNullable<SetupRequired>; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="narrow stack">
      <p className="notice" role="status">
        {t(`account.setup.${required}`)}
      </p>
      {required === 'password' ? <ChangePasswordForm onChanged={onDone} /> : <TotpSettings user={user} onChanged={onDone} />}
    </div>
  );
}

/** The signed-in user's own account: password and two-factor sign-in. */
export function AccountPage({ user, onChanged }: { user: StaffUser; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="narrow stack">
      <h1>{t('account.title')}</h1>
      <ChangePasswordForm onChanged={onChanged} />
      <TotpSettings user={user} onChanged={onChanged} />
    </div>
  );
}
