import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { createAuditTrail } from './audit/audit-trail';
import { registerAuditRoutes } from './audit/audit-routes';
import { createAccountService } from './auth/account-service';
import type { StaffRevocation } from './auth/staff-revocation';
import { registerAuthRoutes } from './auth/auth-routes';
import { accessGuard } from './auth/staff-guard';
import type { SignIn } from './auth/sign-in';
import type { UserAdmin } from './auth/user-admin';
import { registerUserRoutes } from './auth/user-routes';
import { registerConsoleRoutes } from './http/console-routes';
import type { Redis } from 'ioredis';
import { requestLimit } from './http/request-limit';
import { createRestRouter } from './http/rest-router';
import { registerHelpRoutes, HELP_REQUESTS_PER_MINUTE } from './knowledge/help-routes';
import { createKnowledgeService } from './knowledge/knowledge-service';
import { registerKnowledgeRoutes } from './knowledge/knowledge-routes';
import { registerReportRoutes } from './reports/report-routes';
import { startRetention } from './retention/retention-routes';
import { createFailureGuard, type FailureGuardOptions } from './security/failure-guard';
import type { SessionNotifier } from './sessions/session-notifier';
import { registerSessionLogRoutes } from './sessions/session-log-routes';
import { CUSTOMER_REQUESTS_PER_MINUTE, registerSessionWorkRoutes } from './sessions/session-work-routes';
import type { Store } from './store/store';
import { registerTicketRoutes } from './tickets/ticket-routes';
import { createTicketWork } from './tickets/ticket-work';
import { registerWebhookRoutes } from './webhooks/webhook-routes';

/**
 * Every REST route, from the contract in the protocol, registered in the folder its URL names;
 * the changes the contract marks for it go on the audit trail. Gives back what must be stopped
 * with the server.
 */
export function registerRestApi(
  http: FastifyInstance,
  deps: {
    store: Store;
    log: Logger;
    now: () => number;
    staticDir: string;
    secureCookies?: boolean;
    knowledgeRefreshMs?: number;
    helpGuard?: Partial<FailureGuardOptions>;
    customerGuard?: Partial<FailureGuardOptions>;
    signIn: SignIn;
    users: UserAdmin;
    revoke: StaffRevocation;
    notifier: SessionNotifier;
    addressOf: (request: FastifyRequest) => string;
    /** Shared rate-limit counters across processes. */
    redis?: Redis;
  },
) {
  const { store, now, log, revoke } = deps;
  /** A limit on requests per address per minute, for routes open without an account. */
  const perMinute = (name: string, requests: number, options?: Partial<FailureGuardOptions>) =>
    requestLimit(createFailureGuard({ name, failures: requests, windowSeconds: 60, redis: deps.redis, ...options }), deps.addressOf);
  const route = createRestRouter(http, accessGuard(deps.signIn), createAuditTrail({ store, now, log, addressOf: deps.addressOf }));
  const work = createTicketWork({ store, now });
  const account = createAccountService({ store, now, revoke });
  registerAuthRoutes(route, {
    signIn: deps.signIn,
    account,
    revoke,
    secureCookies: deps.secureCookies ?? false,
    addressOf: deps.addressOf,
  });
  registerUserRoutes(route, { users: deps.users, store });
  registerTicketRoutes(route, { store, now, work });
  registerSessionLogRoutes(route, { store, now, work });
  const customerLimit = perMinute('customer-requests', CUSTOMER_REQUESTS_PER_MINUTE, deps.customerGuard);
  registerSessionWorkRoutes(route, { store, now, work, notifier: deps.notifier, customerLimit });
  registerReportRoutes(route, { store, now });
  const retention = startRetention(route, { store, now, log });
  registerWebhookRoutes(route, { webhooks: store.webhooks, now });
  const knowledge = createKnowledgeService({ store, work, now, refreshMs: deps.knowledgeRefreshMs });
  registerKnowledgeRoutes(route, { knowledge, store });
  // The article index is built from the store in the background, so the first search finds it ready.
  knowledge.fresh().catch((err) => log.error({ err }, 'building the article index failed'));
  registerHelpRoutes(route, { knowledge, store, limit: perMinute('help-articles', HELP_REQUESTS_PER_MINUTE, deps.helpGuard), now });
  registerAuditRoutes(route, { store });
  registerConsoleRoutes(http, route, deps.staticDir);
  return { retention };
}
