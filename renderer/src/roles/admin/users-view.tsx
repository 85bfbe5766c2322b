import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUser, UpdateUserRequest } from '@firstline/protocol';
import { apiErrorText, callApi } from '../../features/api/rest-client';
import { CreateUserForm } from './create-user-form';
import { SecuritySettingsCard } from './security-settings-card';
import { RetentionSettingsCard } from './retention-settings-card';
import { useApiData } from '../../features/api/use-api-data';
import { UserRow, type UserActions } from './user-row-actions';
import { DataTable } from '../../features/ui/data-table';

type Message = { kind: 'notice' | 'error'; text: string; secret?: string };

export function UsersView({ me }: { me: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useApiData('GET /api/users');
  const [message, setMessage] = useState<Message | null>(null);

  const run = async (work: () => Promise<Message | null>) => {
    try {
      setMessage(await work());
    } catch (err) {
      setMessage({ kind: 'error', text: apiErrorText(err, t) });
    }
    reload();
  };
  const patch = (user: StaffUser, body: UpdateUserRequest) => callApi('PATCH /api/users/:id', { params: { id: user.id }, body });

  const actions: UserActions = {
    setRole: (user, role) => void run(async () => (await patch(user, { role }), null)),
    setDisabled: (user, disabled) => void run(async () => (await patch(user, { disabled }), null)),
    resetPassword: (user) =>
      void run(async () => {
        const { temporaryPassword } = await callApi('POST /api/users/:id/reset-password', { params: { id: user.id } });
        return { kind: 'notice', text: t('admin.users.resetDone', { name: user.name }), secret: temporaryPassword };
      }),
  };

  return (
    <div className="queue-layout">
      <div className="stack">
        <section className="card" aria-labelledby="users-heading">
          <h1 id="users-heading">{t('admin.users.title')}</h1>
          {error && <p className="error">{t(`errors.${error}`)}</p>}
          {message && (
            <p className={message.kind} role="status">
              {message.text} {message.secret && <code data-testid="temporary-password">{message.secret}</code>}
            </p>
          )}
          <DataTable labels={[t('admin.users.name'), t('admin.users.email'), t('admin.users.organisation'), t('admin.users.role'), null]}>
            {data?.users.map((user) => (
              <UserRow key={user.id} user={user} isMe={user.id === me} actions={actions} />
            ))}
          </DataTable>
        </section>
        <SecuritySettingsCard />
        <RetentionSettingsCard />
      </div>
      <CreateUserForm onCreated={reload} />
    </div>
  );
}
