import { useTranslation } from 'react-i18next';
import type { StaffUser } from '@firstline/protocol';

/** Who is signed in, and the way out; in the header of every staff console. */
export function SignedInActions({ user, onSignOut }: { user: StaffUser; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="who">{t('app.signedInAs', { name: user.name })}</span>
      <button type="button" onClick={onSignOut}>
        {t('app.signOut')}
      </button>
    </>
  );
}
