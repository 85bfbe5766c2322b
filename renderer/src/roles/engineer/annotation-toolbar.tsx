import { useTranslation } from 'react-i18next';
import type { DrawTool } from '../../features/annotation/use-annotation-drawing';

const TOOLS: DrawTool[] = ['laser', 'arrow', 'rectangle', 'freehand'];

/** The pointer and drawing tools: pick one to use it on the picture, pick it again to put it down. */
export function AnnotationToolbar(props: {
  customerName: string;
  tool: DrawTool | null;
  pinned: boolean;
  disabled: boolean;
  onTool: (tool: DrawTool | null) => void;
  onPinned: (pinned: boolean) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="toolbar annotation-toolbar" role="toolbar" aria-label={t('engineer.annotate.title', { name: props.customerName })}>
      <span className="muted small">{t('engineer.annotate.title', { name: props.customerName })}</span>
      <div className="segmented" role="group">
        {TOOLS.map((tool) => (
          <button
            key={tool}
            type="button"
            disabled={props.disabled}
            aria-pressed={props.tool === tool}
            onClick={() => props.onTool(props.tool === tool ? null : tool)}
          >
            {t(`engineer.annotate.${tool}`)}
          </button>
        ))}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={props.pinned} disabled={props.disabled} onChange={(e) => props.onPinned(e.target.checked)} />{' '}
        {t('engineer.annotate.pin')}
      </label>
      <button type="button" disabled={props.disabled} onClick={props.onClear}>
        {t('engineer.annotate.clear')}
      </button>
      {props.tool && !props.disabled && (
        <span className="muted small">{t(`engineer.annotate.hint.${props.tool}`, { name: props.customerName })}</span>
      )}
    </div>
  );
}
