import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineerListing } from '@firstline/protocol';
import { callApi } from '../../features/api/rest-client';

/** Hands the ticket to a colleague, with the reason on the record. */
export function EscalateForm(props: { ticketId: number; onDone: (name: string) => void; onError: (err: unknown) => void }) {
  const { t } = useTranslation();
  const [engineers, setEngineers] = useState<EngineerListing[]>([]);
  const [assigneeId, setAssigneeId] = useState('');
  const [reason, setReason] = useState('');

  const reportError = useEffectEvent(props.onError);
  useEffect(() => {
    // Loaded once; the form's callbacks do not change what it needs.
    callApi('GET /api/engineers').then(({ engineers: list }) => setEngineers(list), reportError);
  }, []);

  async function escalate(event: FormEvent) {
    event.preventDefault();
    try {
      await callApi('POST /api/tickets/:id/escalate', { params: { id: props.ticketId }, body: { assigneeId, reason } });
      props.onDone(engineers.find((e) => e.id === assigneeId)?.name ?? '');
      setReason('');
    } catch (err) {
      props.onError(err);
    }
  }

  return (
    <form onSubmit={escalate} className="escalate">
      <label>
        {t('engineer.wrapUp.escalateTo')}
        <select value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)} required>
          <option value="">—</option>
          {engineers.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name} · {e.organisation}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('engineer.wrapUp.reason')}
        <input maxLength={1000} required value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" disabled={!assigneeId || !reason.trim()}>
        {t('engineer.wrapUp.escalate')}
      </button>
    </form>
  );
}
