import { useTranslation } from 'react-i18next';
import { AccountPage, AccountSetup } from '../../features/staff/account-setup';
import { LoginForm } from '../../features/staff/login-form';
import { SignedInActions } from '../../features/staff/signed-in-actions';
import { useStaffUser } from '../../features/staff/use-staff-user';
import { AppHeader } from '../../features/ui/app-header';
import { ReportsView } from './reports-view';
import { TicketDetail } from './ticket-detail';
import { TicketsView } from './tickets-view';
import { SessionDetail } from './session-detail';
import { SessionsView } from './sessions-view';
import { useHashRoute, type AdminRoute } from './use-hash-route';
import { useHeadingFocus } from '../../features/ui/use-heading-focus';
import { WebhooksView } from './webhooks-view';
import { KnowledgeView } from './knowledge-view';
import { ArticlePage, NewArticlePage } from './article-page';
import { UsersView } from './users-view';
import { AuditView } from './audit-view';

const TABS: Array<{ view: string; covers: AdminRoute['view'][]; adminOnly: boolean }> = [
  { view: 'tickets', covers: ['tickets', 'ticket'], adminOnly: false },
  { view: 'sessions', covers: ['sessions', 'session'], adminOnly: false },
  { view: 'knowledge', covers: ['knowledge', 'article', 'new-article'], adminOnly: false },
  { view: 'reports', covers: ['reports'], adminOnly: true },
  { view: 'webhooks', covers: ['webhooks'], adminOnly: true },
  { view: 'users', covers: ['users'], adminOnly: true },
  { view: 'activity', covers: ['activity'], adminOnly: true },
];

export function AdminApp() {
  const { t } = useTranslation();
  const { state, login, logout, refresh } = useStaffUser();
  const route = useHashRoute();
  useHeadingFocus(`${state.status}:${route.view}:${'id' in route ? route.id : ''}`);
  const signedIn = state.status === 'signed-in' && !state.setupRequired;
  return (
    <div className="app admin">
      <AppHeader title={t('admin.title')}>
        {state.status === 'signed-in' && (
          <>
            <nav className="tabs" hidden={!signedIn}>
              {TABS.filter((tab) => !tab.adminOnly || state.user.role === 'admin').map((tab) => (
                <a key={tab.view} href={`#/${tab.view}`} aria-current={tab.covers.includes(route.view) ? 'page' : undefined}>
                  {t(`admin.nav.${tab.view}`)}
                </a>
              ))}
            </nav>
            <SignedInActions user={state.user} accountHref="#/account" onSignOut={() => void logout()} />
          </>
        )}
      </AppHeader>
      <main>
        {state.status === 'loading' && <p className="muted center">{t('app.loading')}</p>}
        {state.status === 'signed-out' && <LoginForm heading={t('admin.login')} onLogin={login} />}
        {signedIn && route.view === 'tickets' && <TicketsView query={route.query} />}
        {signedIn && route.view === 'ticket' && <TicketDetail id={route.id} isAdmin={state.user.role === 'admin'} />}
        {signedIn && route.view === 'users' && <UsersView me={state.user.id} />}
        {signedIn && route.view === 'sessions' && <SessionsView query={route.query} />}
        {signedIn && route.view === 'session' && <SessionDetail id={route.id} isAdmin={state.user.role === 'admin'} />}
        {signedIn && route.view === 'reports' && <ReportsView query={route.query} />}
        {signedIn && route.view === 'webhooks' && <WebhooksView />}
        {signedIn && route.view === 'activity' && <AuditView />}
        {signedIn && route.view === 'knowledge' && <KnowledgeView query={route.query} isAdmin={state.user.role === 'admin'} />}
        {signedIn && route.view === 'article' && <ArticlePage id={route.id} />}
        {signedIn && route.view === 'new-article' && <NewArticlePage />}
        {signedIn && route.view === 'account' && <AccountPage user={state.user} onChanged={() => void refresh()} />}
        {state.status === 'signed-in' && state.setupRequired && (
          <AccountSetup user={state.user} required={state.setupRequired} onDone={() => void refresh()} />
        )}
      </main>
    </div>
  );
}
