import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../ui/format';
import type { Transfer } from './file-transfers';
import type { FileTransfersView } from './use-file-transfers';

/** What a transfer's line says, in the reader's words. */
function statusKey(transfer: Transfer): string {
  const { state, direction, problem } = transfer;
  if (state === 'declined' && problem === 'too-large') return 'files.state.tooLarge';
  if (state === 'failed' && problem === 'not-saved') return 'files.state.notSaved';
  if (state === 'done') return direction === 'in' ? 'files.state.saved' : 'files.state.delivered';
  return `files.state.${state}`;
}

/** Files both ways: send one, accept or decline what comes, and watch, pause or cancel each. */
export function FileTransferCard(props: { files: FileTransfersView; peerName: string; limit: number; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<'too-large' | 'not-connected' | null>(null);
  const { files, peerName } = props;
  const size = (bytes: number) => formatBytes(bytes, i18n.language);

  const pick = (list: FileList | null) => {
    const file = list?.[0];
    if (picker.current) picker.current.value = '';
    if (!file) return;
    const result = files.offer(file);
    setProblem(result === 'offered' ? null : result);
  };

  return (
    <section className="card files-card" aria-labelledby="files-heading">
      <h2 id="files-heading">{t('files.title')}</h2>
      <p className="muted small">
        {t(files.sinkKind === 'downloads-folder' ? 'files.whereDownloads' : 'files.whereBrowser', { limit: size(props.limit) })}
      </p>
      {/* The button below opens it: one control for everyone, so the input is out of the Tab order and the accessibility tree. */}
      <input
        ref={picker}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-picker"
        onChange={(e) => pick(e.target.files)}
      />
      <button type="button" disabled={props.disabled} onClick={() => picker.current?.click()}>
        {t('files.send', { name: peerName })}
      </button>
      {problem && (
        <p className="error" role="alert">
          {t(problem === 'too-large' ? 'files.tooLarge' : 'files.notConnected', { limit: size(props.limit) })}
        </p>
      )}
      <ul className="transfers">
        {files.transfers.map((transfer) => (
          <li key={transfer.id} data-testid="file-transfer" data-direction={transfer.direction} data-state={transfer.state}>
            <div className="transfer-head">
              <bdi className="transfer-name">{transfer.name}</bdi>
              <span className="muted small tabular">{size(transfer.size)}</span>
            </div>
            <progress
              value={transfer.size === 0 ? 1 : transfer.bytes}
              max={transfer.size === 0 ? 1 : transfer.size}
              aria-label={t('files.progress', { name: transfer.name })}
            />
            <p className="small" role="status">
              {transfer.state === 'offered'
                ? t('files.incoming', { name: peerName })
                : t(statusKey(transfer), {
                    name: peerName,
                    percent: Math.floor((100 * transfer.bytes) / Math.max(1, transfer.size)),
                    savedAs: transfer.savedAs,
                    limit: size(props.limit),
                  })}
            </p>
            {transfer.state === 'done' && transfer.sha256 && (
              <p className="muted small hash" title={transfer.sha256}>
                SHA-256 <code>{transfer.sha256.slice(0, 16)}…</code>
              </p>
            )}
            <TransferButtons transfer={transfer} files={files} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function TransferButtons({ transfer, files }: { transfer: Transfer; files: FileTransfersView }) {
  const { t } = useTranslation();
  const { id, state } = transfer;
  if (state === 'offered')
    return (
      <div className="actions">
        <button type="button" className="primary" onClick={() => files.accept(id)}>
          {t('files.accept')}
        </button>
        <button type="button" onClick={() => files.decline(id)}>
          {t('files.decline')}
        </button>
      </div>
    );
  const running = state === 'sending' || state === 'receiving';
  if (!running && state !== 'paused' && state !== 'waiting') return null;
  return (
    <div className="actions">
      {running && (
        <button type="button" onClick={() => files.act(id, 'pause')}>
          {t('files.pause')}
        </button>
      )}
      {state === 'paused' && (
        <button type="button" onClick={() => files.act(id, 'resume')}>
          {t('files.resume')}
        </button>
      )}
      <button type="button" className="danger-outline" onClick={() => files.act(id, 'cancel')}>
        {t('files.cancel')}
      </button>
    </div>
  );
}
