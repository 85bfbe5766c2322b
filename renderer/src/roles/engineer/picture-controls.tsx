import { useTranslation } from 'react-i18next';
import { PictureQuality, ResolutionCap, type PictureApplied, type PictureChoice } from '@firstline/protocol';

const CAPS: ResolutionCap[] = ['native', 1440, 1080, 720];

/** Best quality / Balanced / Fastest and a resolution cap, sent to the customer's sender; what it applied, read back. */
export function PictureControls({
  choice,
  applied,
  onChoose,
  disabled,
}: {
  choice: PictureChoice;
  applied: PictureApplied | null;
  onChoose: (choice: PictureChoice) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="picture-controls" data-testid="picture-controls">
      <label>
        {t('engineer.picture.quality')}
        <select
          value={choice.quality}
          disabled={disabled}
          onChange={(e) => onChoose({ ...choice, quality: PictureQuality.parse(e.target.value) })}
        >
          {PictureQuality.options.map((q) => (
            <option key={q} value={q}>
              {t(`engineer.picture.${q}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('engineer.picture.cap')}
        <select
          value={String(choice.cap)}
          disabled={disabled}
          onChange={(e) =>
            onChoose({ ...choice, cap: ResolutionCap.parse(e.target.value === 'native' ? 'native' : Number(e.target.value)) })
          }
        >
          {CAPS.map((cap) => (
            <option key={cap} value={String(cap)}>
              {cap === 'native' ? t('engineer.picture.native') : t('engineer.picture.lines', { lines: cap })}
            </option>
          ))}
        </select>
      </label>
      <span className="muted" data-testid="picture-applied" data-applied={applied ? JSON.stringify(applied) : ''}>
        {applied && applied.choice.quality === choice.quality && applied.choice.cap === choice.cap
          ? t('engineer.picture.applied', { codec: applied.codec?.replace('video/', '') ?? '—' })
          : t('engineer.picture.applying')}
      </span>
    </div>
  );
}
