import { useTranslation } from 'react-i18next';
import type { StaffUser } from '@firstline/protocol';
import { LoginForm } from '../../features/staff/login-form';
import { SignedInActions } from '../../features/staff/signed-in-actions';
import { useStaffUser } from '../../features/staff/use-staff-user';
import { AppHeader } from '../../features/ui/app-header';
import { QueueView } from './queue-view';
import { SessionView } from './session-view';
import { useEngineerSession } from './use-engineer-session';

function EngineerConsole({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const session = useEngineerSession(user);
  return (
    <main>
      {session.connection === 'reconnecting' && (
        <p className="notice" role="status">
          {t('engineer.reconnecting')}
        </p>
      )}
      {session.connection === 'lost' && (
        <p className="error" role="alert">
          {t('engineer.connectionLost')}{' '}
          <button type="button" onClick={() => location.reload()}>
            {t('engineer.reconnect')}
          </button>
        </p>
      )}
      {session.error && (
        <p className="error" role="alert">
          {t(`errors.${session.error}`)}
        </p>
      )}
      {session.phase.name === 'queue' ? <QueueView queue={session.queue} onClaim={(target) => void session.claim(target)} /> : <SessionView session={session} />}
    </main>
  );
}

export function EngineerApp() {
  const { t } = useTranslation();
  const { state, login, logout } = useStaffUser();
  return (
    <div className="app engineer">
      <AppHeader title={t('engineer.title')}>
        {state.status === 'signed-in' && <SignedInActions user={state.user} onSignOut={() => void logout()} />}
      </AppHeader>
      {state.status === 'loading' && <p className="muted center">{t('app.loading')}</p>}
      {state.status === 'signed-out' && (
        <main>
          <LoginForm heading={t('engineer.login')} onLogin={login} />
        </main>
      )}
      {state.status === 'signed-in' && <EngineerConsole user={state.user} />}
    </div>
  );
}
