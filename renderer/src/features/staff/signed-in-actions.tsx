import { useTranslation } from 'react-i18next';
import type { StaffUser } from '@firstline/protocol';

/** Who is signed in, their account, and the way out; in the header of every staff console. */
export function SignedInActions({
  user,
  accountHref,
  onAccount,
  onSignOut,
}: {
  user: StaffUser;
  accountHref?: string;
  onAccount?: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span className="who">{t('app.signedInAs', { name: user.name })}</span>
      {accountHref ? (
        <a className="header-link" href={accountHref}>
          {t('account.title')}
        </a>
      ) : (
        <button type="button" onClick={onAccount}>
          {t('account.title')}
        </button>
      )}
      <button type="button" onClick={onSignOut}>
        {t('app.signOut')}
      </button>
    </>
  );
}
