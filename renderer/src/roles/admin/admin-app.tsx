import { useTranslation } from 'react-i18next';
import { LoginForm } from '../../features/staff/login-form';
import { SignedInActions } from '../../features/staff/signed-in-actions';
import { useStaffUser } from '../../features/staff/use-staff-user';
import { AppHeader } from '../../features/ui/app-header';
import { TicketDetail } from './ticket-detail';
import { TicketsView } from './tickets-view';
import { useHashRoute } from './use-hash-route';
import { UsersView } from './users-view';

export function AdminApp() {
  const { t } = useTranslation();
  const { state, login, logout } = useStaffUser();
  const route = useHashRoute();
  const signedIn = state.status === 'signed-in';
  return (
    <div className="app admin">
      <AppHeader title={t('admin.title')}>
        {signedIn && (
          <>
            <nav className="tabs">
              <a href="#/tickets" aria-current={route.view !== 'users' ? 'page' : undefined}>
                {t('admin.nav.tickets')}
              </a>
              {state.user.role === 'admin' && (
                <a href="#/users" aria-current={route.view === 'users' ? 'page' : undefined}>
                  {t('admin.nav.users')}
                </a>
              )}
            </nav>
            <SignedInActions user={state.user} onSignOut={() => void logout()} />
          </>
        )}
      </AppHeader>
      <main>
        {state.status === 'loading' && <p className="muted center">{t('app.loading')}</p>}
        {state.status === 'signed-out' && <LoginForm heading={t('admin.login')} onLogin={login} />}
        {signedIn && route.view === 'tickets' && <TicketsView />}
        {signedIn && route.view === 'ticket' && <TicketDetail id={route.id} />}
        {signedIn && route.view === 'users' && <UsersView />}
      </main>
    </div>
  );
}
