import { useTranslation } from 'react-i18next';
import type { StaffUser } from '@firstline/protocol';

export interface UserActions {
  setRole(user: StaffUser, role: StaffUser['role']): void;
  setDisabled(user: StaffUser, disabled: boolean): void;
  resetPassword(user: StaffUser): void;
}

/** One account's row: who, their role and state, and what an admin can do to it. */
export function UserRow({ user, isMe, actions }: { user: StaffUser; isMe: boolean; actions: UserActions }) {
  const { t } = useTranslation();
  return (
    <tr data-testid="user-row" className={user.disabled ? 'disabled' : undefined}>
      <td>
        {user.name}
        {user.totpEnabled && <span className="badge resolved">{t('admin.users.twoFactor')}</span>}
      </td>
      <td>{user.email}</td>
      <td>{user.organisation}</td>
      <td>
        <select
          aria-label={t('admin.users.roleOf', { name: user.name })}
          value={user.role}
          disabled={isMe}
          onChange={(e) => actions.setRole(user, e.target.value as StaffUser['role'])}
        >
          <option value="engineer">{t('roles.engineer')}</option>
          <option value="admin">{t('roles.admin')}</option>
        </select>
      </td>
      <td>
        {!isMe && (
          <div className="row-actions">
            <button type="button" onClick={() => actions.setDisabled(user, !user.disabled)}>
              {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
            </button>
            <button type="button" onClick={() => actions.resetPassword(user)}>
              {t('admin.users.reset')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
