import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { rovingTarget } from './roving-keys';

export interface Tab<T extends string> {
  id: T;
  label: ReactNode;
}

/** The id of a tab's panel, for aria-controls and the panel's own id. */
export const tabPanelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;
export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;

/**
 * WAI-ARIA tabs: one tab in the Tab order (the selected one), the arrow keys move between tabs
 * and select them (reversed right to left), Home and End go to the first and last.
 */
export function TabList<T extends string>(props: {
  prefix: string;
  label: string;
  tabs: Array<Tab<T>>;
  selected: T;
  onSelect: (id: T) => void;
}) {
  const { prefix, tabs, selected, onSelect } = props;
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = rovingTarget(
      event,
      tabs.findIndex((tab) => tab.id === selected),
      tabs.length,
    );
    if (next === null) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    refs.current.get(id)?.focus();
  };
  return (
    <div className="segmented tabs-row" role="tablist" aria-label={props.label} onKeyDown={move}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(el) => void (el ? refs.current.set(tab.id, el) : refs.current.delete(tab.id))}
          type="button"
          role="tab"
          id={tabId(prefix, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={tabPanelId(prefix, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
