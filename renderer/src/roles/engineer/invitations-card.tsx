import { useTranslation } from 'react-i18next';
import type { Colleagues } from './use-colleagues';
import { isolate } from '../../features/ui/format';

/** Colleagues asking this engineer into their sessions, and the one waiting for its customer's answer. */
export function InvitationsCard({ colleagues }: { colleagues: Colleagues }) {
  const { t } = useTranslation();
  const { invitations, accepted } = colleagues;
  if (invitations.length === 0 && !accepted) return null;
  return (
    <section className="card invitation" aria-labelledby="invitations-heading" data-testid="invitations">
      <h2 id="invitations-heading">{t('engineer.invitations.title')}</h2>
      {accepted && (
        <p role="status" data-testid="awaiting-customer">
          {t('engineer.invitations.awaitingCustomer', { name: isolate(accepted.customerName) })}
        </p>
      )}
      <ul className="people-list">
        {invitations.map((invitation) => (
          <li key={invitation.sessionId}>
            <span>
              {t(`engineer.invitations.${invitation.mode}`, {
                from: isolate(invitation.from.name),
                name: isolate(invitation.customerName),
              })}
              <br />
              <span className="muted">{invitation.description}</span>
            </span>
            <span className="actions">
              <button type="button" className="primary" onClick={() => void colleagues.answer(invitation, true)}>
                {t(`engineer.invitations.accept_${invitation.mode}`)}
              </button>
              <button type="button" onClick={() => void colleagues.answer(invitation, false)}>
                {t('engineer.invitations.decline')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
