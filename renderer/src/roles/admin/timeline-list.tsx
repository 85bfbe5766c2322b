import { useTranslation } from 'react-i18next';
import type { TimelineEvent, TimelinePayload } from '@firstline/protocol';
import { TimelineScreenshot, type ScreenshotActions } from './timeline-screenshot';
import { formatBytes, formatDateTime, formatList, formatTime, isolate } from '../../features/ui/format';

function contextOf(p: TimelinePayload): string | undefined {
  if (p.type === 'file.transfer') return p.outcome;
  if (p.type === 'share.stopped' && p.withSession) return 'session';
  if (p.type === 'colleague.invited' || p.type === 'colleague.declined' || p.type === 'colleague.refused') return p.mode;
  if (p.type === 'watcher.left') return p.how;
  return undefined;
}

/** One line per event, in plain words, in the reader's language. */
export function TimelineList({ events, screenshots }: { events: TimelineEvent[]; screenshots?: ScreenshotActions }) {
  const { t, i18n } = useTranslation();
  // A deleted screenshot's line stays, without its picture.
  const deleted = new Set(
    events.flatMap(({ payload: p }) =>
      p.type === 'screenshot.deleted' ? [p.screenshotId] : p.type === 'screenshots.expired' ? p.screenshotIds : [],
    ),
  );
  // A line on a later day than the session began (a note the next morning, a screenshot deleted a month on) carries its date.
  const firstDay = events[0] && new Date(events[0].at).toDateString();
  const when = (at: number) =>
    new Date(at).toDateString() === firstDay ? formatTime(at, i18n.language) : formatDateTime(at, i18n.language);
  // A ticket change's new value: status and priority by their names, tags (stored as "a, b") as the reader lists them.
  const changedTo = (field: string, value: string | null) => {
    if (field === 'status') return t(`ticketStatus.${value}`);
    if (field === 'priority') return t(`priority.${value}`);
    if (field === 'tags' && value) return formatList(value.split(', '), i18n.language);
    return value ?? '—';
  };
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((event) => {
        const p = event.payload;
        const values = {
          actor: event.actor.role === 'system' ? t('timeline.system') : event.actor.name,
          text:
            p.type === 'chat.message' || p.type === 'note.added'
              ? p.text
              : p.type === 'session.created'
                ? p.description
                : p.type === 'rating.given'
                  ? (p.comment ?? '')
                  : p.type === 'ticket.escalated'
                    ? p.reason
                    : '',
          changes:
            p.type === 'ticket.updated'
              ? Object.entries(p.changes)
                  .map(([field, value]) => `${t(`ticketFields.${field}`)}: ${changedTo(field, value)}`)
                  .join('; ')
              : '',
          ticket:
            p.type === 'session.linked' ? p.toTicketId : p.type === 'ticket.updated' || p.type === 'ticket.escalated' ? p.ticketId : 0,
          assignee: p.type === 'ticket.escalated' ? p.assigneeName : '',
          score: p.type === 'rating.given' ? p.score : 0,
          reason:
            p.type === 'session.ended' ? t(`endReason.${p.reason}`) : p.type === 'control.declined' ? t(`controlDecline.${p.reason}`) : '',
          how: p.type === 'control.revoked' ? t(`controlEnd.${p.how}`) : '',
          chars: p.type === 'clipboard.sent' ? t('counts.characters', { count: p.chars }) : '',
          // "deleted 3 screenshots kept longer than 30 days": the count picks the plural form.
          count: p.type === 'screenshots.expired' ? p.screenshotIds.length : undefined,
          days: p.type === 'screenshots.expired' ? t('counts.days', { count: p.days }) : '',
          // A line can depend on how something ended or what was asked (timeline.file.transfer_received, colleague.invited_watch …).
          context: contextOf(p),
          colleague: p.type === 'colleague.invited' || p.type === 'colleague.refused' || p.type === 'watcher.left' ? isolate(p.name) : '',
          to: p.type === 'session.handedOver' ? isolate(p.toName) : '',
          file: p.type === 'file.transfer' ? isolate(p.name) : '',
          article: p.type === 'article.sent' || p.type === 'article.solved' ? isolate(p.title) : '',
          size:
            p.type === 'file.transfer' ? formatBytes(p.size, i18n.language) : p.type === 'screenshot.taken' ? `${p.width}×${p.height}` : '',
          hash: p.type === 'file.transfer' ? (p.sha256 ?? '') : '',
          permissions:
            p.type === 'consent.granted'
              ? formatList(
                  p.permissions.map((x) => t(`permissions.${x}.title`)),
                  i18n.language,
                )
              : '',
          sections:
            p.type === 'diagnostics.snapshot'
              ? t('counts.sections', { count: p.snapshot.sections.filter((s) => s.status === 'ok').length })
              : '',
          findings: p.type === 'diagnostics.snapshot' ? t('counts.findings', { count: p.snapshot.findings.length }) : '',
          source:
            p.type === 'share.started' || p.type === 'share.switched'
              ? t(`surfaces.${p.sourceLabel ?? 'monitor'}`, { defaultValue: p.sourceLabel })
              : '',
        };
        return (
          <li key={event.id} className={`timeline-item ${p.type.replace('.', '-')}`} data-type={p.type}>
            <time className="tabular" dateTime={new Date(event.at).toISOString()}>
              {when(event.at)}
            </time>
            <span className={`actor ${event.actor.role}`}>{values.actor}</span>
            <span className="what">{t(`timeline.${p.type}`, values)}</span>
            {p.type === 'screenshot.taken' && !deleted.has(p.screenshotId) && (
              <TimelineScreenshot sessionId={event.sessionId} screenshotId={p.screenshotId} actions={screenshots} />
            )}
          </li>
        );
      })}
    </ol>
  );
}
