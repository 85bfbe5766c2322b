import { useTranslation } from 'react-i18next';
import type { SessionRecord, TimelineEvent } from '@firstline/protocol';
import { InventoryPanel } from '../../features/diagnostics/inventory-panel';
import { formatDateTime, formatElapsed, ticketRef } from '../../features/ui/format';
import { TimelineList } from './timeline-list';
import type { ScreenshotActions } from './timeline-screenshot';
import { controlDurationMs } from '../../features/control/control-duration';
import { languageName } from '../../features/i18n/pick-language';

export const stars = (rating: number) => `${'★'.repeat(rating)}${'☆'.repeat(5 - rating)}`;

/** One help session as filed: who, when, how it ended, its rating, timeline and diagnostics snapshot. */
export function SessionRecordCard({
  session,
  heading = 'h2',
  screenshots,
}: {
  session: SessionRecord & { timeline: TimelineEvent[] };
  heading?: 'h1' | 'h2';
  screenshots?: ScreenshotActions;
}) {
  const { t, i18n } = useTranslation();
  const Heading = heading;
  // The timeline's heading is one level below the card's, whichever that is.
  const SubHeading = heading === 'h1' ? 'h2' : 'h3';
  const controlMs = controlDurationMs(session.timeline);
  return (
    <section className="card" data-testid="ticket-session">
      <Heading>{t('admin.session.title', { engineer: session.engineerName ?? t('admin.session.unclaimed') })}</Heading>
      <dl className="facts">
        <dt>{t('admin.tickets.customer')}</dt>
        <dd>
          {session.customerName}
          {session.customerEmail && <span className="muted"> · {session.customerEmail}</span>}
        </dd>
        {session.customerLanguage && (
          <>
            <dt>{t('admin.session.language')}</dt>
            <dd lang={session.customerLanguage} data-testid="session-language">
              {languageName(session.customerLanguage)}
            </dd>
          </>
        )}
        {session.earlierTicketId !== null && (
          <>
            <dt>{t('admin.session.followsUp')}</dt>
            <dd data-testid="session-follows-up">
              <a href={`#/tickets/${session.earlierTicketId}`}>{ticketRef(session.earlierTicketId)}</a>
            </dd>
          </>
        )}
        <dt>{t('admin.session.started')}</dt>
        <dd>{formatDateTime(session.createdAt, i18n.language)}</dd>
        <dt>{t('admin.session.duration')}</dt>
        <dd>{session.endedAt ? formatElapsed(session.endedAt - session.createdAt) : '—'}</dd>
        {controlMs > 0 && (
          <>
            <dt>{t('admin.session.control')}</dt>
            <dd data-testid="control-duration">{formatElapsed(controlMs)}</dd>
          </>
        )}
        <dt>{t('admin.session.outcome')}</dt>
        <dd>{session.endReason ? t(`endReason.${session.endReason}`) : t(`sessionStatus.${session.status}`)}</dd>
        <dt>{t('admin.session.rating')}</dt>
        <dd data-testid="session-rating">
          {session.rating ? `${stars(session.rating)} ${session.ratingComment ?? ''}` : t('admin.session.notRated')}
        </dd>
        {session.ticketId !== null && (
          <>
            <dt>{t('admin.sessions.ticket')}</dt>
            <dd>
              <a href={`#/tickets/${session.ticketId}`}>{ticketRef(session.ticketId)}</a>
            </dd>
          </>
        )}
      </dl>
      <SubHeading>{t('admin.session.timeline')}</SubHeading>
      <TimelineList events={session.timeline} screenshots={screenshots} />
      {session.timeline.map((event) =>
        event.payload.type === 'diagnostics.snapshot' ? (
          <InventoryPanel
            key={event.id}
            sections={event.payload.snapshot.sections}
            findings={event.payload.snapshot.findings}
            browserOnly={event.payload.snapshot.sections.some((s) => s.name === 'browser')}
          />
        ) : null,
      )}
    </section>
  );
}
