import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';
import { migrationFoundation } from './0001-foundation';
import { migrationAccountSecurity } from './0002-account-security';
import { migrationSessionRating } from './0003-session-rating';
import { migrationTicketWork } from './0004-ticket-work';
import { migrationSearchIndex } from './0005-search-index';
import { migrationTicketListIndexes } from './0006-ticket-list-indexes';
import { migrationTicketCustomerTagsSla } from './0007-ticket-customer-tags-sla';
import { migrationWebhooks } from './0008-webhooks';
import { migrationSearchByTicket } from './0009-search-by-ticket';
import { migrationFilterIndexes } from './0010-filter-indexes';
import { migrationSearchTextFolded } from './0011-search-text-folded';
import { migrationTotpLastStep } from './0012-totp-last-step';
import { migrationTicketOutcome } from './0013-ticket-outcome';
import { migrationLiveSessions } from './0014-live-sessions';
import { migrationKnowledgeBase } from './0015-knowledge-base';
import { migrationCustomerLanguage } from './0016-customer-language';
import { migrationEarlierTicket } from './0017-earlier-ticket';
import { migrationSessionScreenshots } from './0018-session-screenshots';
import { migrationScreenshotAge } from './0019-screenshot-age';
import { migrationAuditTrail } from './0020-audit-trail';

/**
 * Versioned migrations for both databases, run at start, in name order. Append new ones; never
 * edit a released one. The names are what each database has recorded, so they never change.
 */
const MIGRATIONS: Record<string, (dialect: Dialect) => Migration> = {
  '0001_foundation': migrationFoundation,
  '0002_account_security': migrationAccountSecurity,
  '0003_session_rating': migrationSessionRating,
  '0004_ticket_work': migrationTicketWork,
  '0005_search_index': migrationSearchIndex,
  '0006_ticket_list_indexes': migrationTicketListIndexes,
  '0007_ticket_customer_tags_sla': migrationTicketCustomerTagsSla,
  '0008_webhooks': migrationWebhooks,
  '0009_search_by_ticket': migrationSearchByTicket,
  '0010_filter_indexes': migrationFilterIndexes,
  '0011_search_text_folded': migrationSearchTextFolded,
  '0012_totp_last_step': migrationTotpLastStep,
  '0013_ticket_outcome': migrationTicketOutcome,
  '0014_live_sessions': migrationLiveSessions,
  '0015_knowledge_base': migrationKnowledgeBase,
  '0016_customer_language': migrationCustomerLanguage,
  '0017_earlier_ticket': migrationEarlierTicket,
  '0018_session_screenshots': migrationSessionScreenshots,
  '0019_screenshot_age': migrationScreenshotAge,
  '0020_audit_trail': migrationAuditTrail,
};

export async function migrateToLatest(db: Kysely<any>, dialect: Dialect, schema?: string): Promise<void> {
  const migrations = Object.fromEntries(Object.entries(MIGRATIONS).map(([name, build]) => [name, build(dialect)]));
  // The migrator's own tables live in the store's schema, so parallel schemas never see each other's.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema && { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`Migration failed: ${failed?.migrationName ?? ''} ${String(error)}`);
}
