import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountPage, AccountSetup } from '../../features/staff/account-setup';
import type { StaffUser } from '@firstline/protocol';
import { LoginForm } from '../../features/staff/login-form';
import { SignedInActions } from '../../features/staff/signed-in-actions';
import { useStaffUser } from '../../features/staff/use-staff-user';
import { AppHeader } from '../../features/ui/app-header';
import { QueueView } from './queue-view';
import { SessionView } from './session-view';
import { useEngineerSession } from './use-engineer-session';
import { useHeadingFocus } from '../../features/ui/use-heading-focus';
import { useArrivalAlerts } from './use-arrival-alerts';

function EngineerConsole({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const session = useEngineerSession(user);
  useHeadingFocus(session.phase.name);
  const alerts = useArrivalAlerts(session.arrival);
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
      {session.phase.name === 'queue' ? (
        <QueueView queue={session.queue} alerts={alerts} onClaim={(target) => void session.claim(target)} />
      ) : (
        <SessionView session={session} />
      )}
    </main>
  );
}

export function EngineerApp() {
  const { t } = useTranslation();
  const { state, login, logout, refresh } = useStaffUser();
  const [showAccount, setShowAccount] = useState(false);
  const ready = state.status === 'signed-in' && !state.setupRequired;
  return (
    <div className="app engineer">
      <AppHeader title={t('engineer.title')}>
        {state.status === 'signed-in' && (
          <SignedInActions user={state.user} onAccount={() => setShowAccount((shown) => !shown)} onSignOut={() => void logout()} />
        )}
      </AppHeader>
      {state.status === 'loading' && <p className="muted center">{t('app.loading')}</p>}
      {state.status === 'signed-out' && (
        <main>
          <LoginForm heading={t('engineer.login')} onLogin={login} />
        </main>
      )}
      {state.status === 'signed-in' && state.setupRequired && (
        <main>
          <AccountSetup user={state.user} required={state.setupRequired} onDone={() => void refresh()} />
        </main>
      )}
      {ready && showAccount && (
        <main>
          <AccountPage user={state.user} onChanged={() => void refresh()} />
        </main>
      )}
      {/* The console stays mounted behind the account page, so a live session is not dropped. */}
      {ready && (
        <div hidden={showAccount}>
          <EngineerConsole user={state.user} />
        </div>
      )}
    </div>
  );
}
