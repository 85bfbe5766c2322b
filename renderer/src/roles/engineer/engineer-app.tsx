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
import { useColleagues, type ColleagueNotice } from './use-colleagues';
import { InvitationsCard } from './invitations-card';
import { WatchView } from './watch-view';
import { isolate } from '../../features/ui/format';

function EngineerConsole({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const session = useEngineerSession(user);
  const colleagues = useColleagues(session, user);
  useHeadingFocus(colleagues.watching ? 'watching' : session.phase.name);
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
      {colleagues.notice && (
        <p className="notice" role="status" data-testid="colleague-notice">
          {noticeText(colleagues.notice, t)}
        </p>
      )}
      {colleagues.error && session.phase.name === 'queue' && (
        <p className="error" role="alert">
          {t(`errors.${colleagues.error}`)}
        </p>
      )}
      {colleagues.watching ? (
        <WatchView watching={colleagues.watching} colleagues={colleagues} />
      ) : session.phase.name === 'queue' ? (
        <>
          <InvitationsCard colleagues={colleagues} />
          <QueueView queue={session.queue} alerts={alerts} onClaim={(target) => void session.claim(target)} />
        </>
      ) : (
        <SessionView session={session} colleagues={colleagues} />
      )}
    </main>
  );
}

function noticeText(notice: ColleagueNotice, t: (key: string, values?: Record<string, string>) => string): string {
  if (notice.kind === 'handed-over') return t('engineer.colleagues.handedOver', { name: isolate(notice.to) });
  if (notice.kind === 'watch-ended') return t(`engineer.watch.ended.${notice.how}`, { name: isolate(notice.customerName) });
  return t(`engineer.invitations.closed.${notice.reason}`, { name: isolate(notice.customerName) });
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
