import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rovingTarget } from '../../features/ui/roving-keys';

type State = 'asking' | 'sending' | 'thanked' | 'skipped' | 'failed';

/** How did it go? One to five, an optional comment, and the customer may skip it. */
export function RatingForm({
  engineerName,
  onRate,
}: {
  engineerName: string;
  onRate: (score: number, comment: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<State>('asking');
  const stars = useRef<Array<HTMLButtonElement | null>>([]);

  /** A radio group: the arrow keys move the choice (mirrored right to left), Home and End go to 1 and 5. */
  function onStarKey(event: KeyboardEvent<HTMLDivElement>) {
    const target = rovingTarget(event, score - 1, 5, { upDown: true });
    if (target === null) return;
    event.preventDefault();
    setScore(target + 1);
    stars.current[target]?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setState('sending');
    setState((await onRate(score, comment.trim())) ? 'thanked' : 'failed');
  }

  if (state === 'thanked')
    return (
      <p className="notice" role="status">
        {t('customer.rating.thanks')}
      </p>
    );
  if (state === 'skipped') return null;
  return (
    <form className="rating" data-testid="rating-form" onSubmit={submit} aria-labelledby="rating-heading">
      <h2 id="rating-heading">{t('customer.rating.title', { name: engineerName })}</h2>
      <div className="stars" role="radiogroup" aria-label={t('customer.rating.scale')} onKeyDown={onStarKey}>
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            ref={(el) => void (stars.current[n - 1] = el)}
            type="button"
            role="radio"
            aria-checked={score === n}
            // One stop in the Tab order: the chosen star, or the first before any is chosen.
            tabIndex={score === n || (score === 0 && n === 1) ? 0 : -1}
            aria-label={t('customer.rating.star', { n })}
            className={n <= score ? 'star on' : 'star'}
            onClick={() => setScore(n)}
          >
            ★
          </button>
        ))}
      </div>
      <label>
        {t('customer.rating.comment')}
        <textarea rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      {state === 'failed' && (
        <p className="error" role="alert">
          {t('errors.internal')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={score === 0 || state === 'sending'}>
          {t('customer.rating.send')}
        </button>
        <button type="button" onClick={() => setState('skipped')}>
          {t('customer.rating.skip')}
        </button>
      </div>
    </form>
  );
}
