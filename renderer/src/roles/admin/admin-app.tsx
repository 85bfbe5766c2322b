import { useTranslation } from 'react-i18next';
import { AccountPage, AccountSetup } from '../../features/staff/account-setup';
import { LoginForm } from '../../features/staff/login-form';
import { SignedInActions } from '../../features/staff/signed-in-actions';
import { useStaffUser } from '../../features/staff/use-staff-user';
import { AppHeader } from '../../features/ui/app-header';
import { ReportsView } from './reports-view';
import { TicketDetail } from './ticket-detail';
import { TicketsView } from './tickets-view';
import { useHashRoute } from './use-hash-route';
import { UsersView } from './users-view';

export function AdminApp() {
  const { t } = useTranslation();
  const { state, login, logout, refresh } = useStaffUser();
  const route = useHashRoute();
  const signedIn = state.status === 'signed-in' && !state.setupRequired;
  return (
    <div className="app admin">
      <AppHeader title={t('admin.title')}>
        {state.status === 'signed-in' && (
          <>
            <nav className="tabs" hidden={!signedIn}>
              <a href="#/tickets" aria-current={route.view !== 'users' ? 'page' : undefined}>
                {t('admin.nav.tickets')}
              </a>
              {state.user.role === 'admin' && (
                <a href="#/reports" aria-current={route.view === 'reports' ? 'page' : undefined}>
                  {t('admin.nav.reports')}
                </a>
              )}
              {state.user.role === 'admin' && (
                <a href="#/users" aria-current={route.view === 'users' ? 'page' : undefined}>
                  {t('admin.nav.users')}
                </a>
              )}
            </nav>
            <SignedInActions user={state.user} accountHref="#/account" onSignOut={() => void logout()} />
          </>
        )}
      </AppHeader>
      <main>
        {state.status === 'loading' && <p className="muted center">{t('app.loading')}</p>}
        {state.status === 'signed-out' && <LoginForm heading={t('admin.login')} onLogin={login} />}
        {signedIn && route.view === 'tickets' && <TicketsView query={route.query} />}
        {signedIn && route.view === 'ticket' && <TicketDetail id={route.id} />}
        {signedIn && route.view === 'users' && <UsersView me={state.user.id} />}
        {signedIn && route.view === 'reports' && <ReportsView />}
        {signedIn && route.view === 'account' && <AccountPage user={state.user} onChanged={() => void refresh()} />}
        {state.status === 'signed-in' && state.setupRequired && (
          <AccountSetup user={state.user} required={state.setupRequired} onDone={() => void refresh()} />
        )}
      </main>
    </div>
  );
}
