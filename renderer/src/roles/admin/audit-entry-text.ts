import type { TFunction } from 'i18next';
import type { AuditAction, AuditDetail, AuditEntry } from '@firstline/protocol';
import { formatList, isolate } from '../../features/ui/format';

/** One kept field of a change in plain words: "role Admin", "paused", "deleted after 30 days". */
function changeText(field: string, value: AuditDetail, t: TFunction, language: string): string {
  const key = `admin.audit.change.${field}`;
  if (typeof value === 'boolean') return t(`${key}_${value}`);
  if (field === 'role') return t(key, { value: t(`roles.${String(value)}`) });
  if (field === 'screenshotDays') return value === null ? t(`${key}_kept`) : t(key, { days: t('counts.days', { count: Number(value) }) });
  if (field === 'userIds') return t(key, { count: Array.isArray(value) ? value.length : 0 });
  if (Array.isArray(value)) return t(key, { value: formatList(value, language) });
  // What someone typed (a name, a URL) keeps its own direction inside the sentence.
  return t(key, { value: isolate(String(value)) });
}

/** Fields the sentence itself says (whom an account was added as, which events a new webhook gets, where one signed in from), not listed as changes. */
const IN_SENTENCE: Partial<Record<AuditAction, string[]>> = {
  'user.created': ['email', 'name', 'organisation', 'role'],
  'webhook.created': ['url', 'events'],
  'account.signed_in': ['address'],
  'account.locked': ['address', 'minutes'],
};

/**
 * An entry's sentence, as the timeline says what happened: "changed Grace Hopper (grace@…): role
 * Admin". Its target is named as it was then, and isolated, as anything a person typed.
 */
export function auditEntryText(entry: AuditEntry, t: TFunction, language: string): string {
  const { details } = entry;
  const changes = Object.entries(details)
    .filter(([field]) => !IN_SENTENCE[entry.action]?.includes(field))
    .map(([field, value]) => changeText(field, value, t, language));
  return t(`admin.audit.action.${entry.action}`, {
    target: entry.target ? isolate(entry.target.label || entry.target.id.slice(0, 8)) : '',
    changes: formatList(changes, language),
    role: t(`roles.${String(details.role ?? 'engineer')}`),
    events: formatList(Array.isArray(details.events) ? details.events : [], language),
    address: isolate(String(details.address ?? '')),
    minutes: Number(details.minutes ?? 0),
  });
}
