import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionName, type Finding, type SectionResult } from '@firstline/protocol';
import { matches } from './section-rows';
import { SectionCard } from './section-card';

const ORDER = new Map(SectionName.options.map((name, i) => [name, i]));

/** The customer's inventory: health findings first, then every section, searchable and exportable. */
export function InventoryPanel(props: {
  sections: SectionResult[];
  findings: Finding[] | null;
  browserOnly?: boolean;
  onRefresh?: () => void;
}) {
  const { sections, findings, browserOnly, onRefresh } = props;
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [copied, setCopied] = useState(false);
  const ordered = [...sections].sort((a, b) => (ORDER.get(a.name) ?? 0) - (ORDER.get(b.name) ?? 0));
  const json = () => JSON.stringify({ sections: ordered, findings: findings ?? [] }, null, 2);

  const copy = async () => {
    await navigator.clipboard.writeText(json());
    setCopied(true);
  };
  const exportJson = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json()], { type: 'application/json' }));
    link.download = 'firstline-inventory.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const findingText = (f: Finding) => t(`findings.${f.rule}`, { ...f.evidence, defaultValue: f.rule });
  const shownFindings = (findings ?? []).filter((f) => matches(query, findingText(f)));

  return (
    <section className="inventory card" aria-label={t('inventory.title')} data-testid="inventory-panel">
      <div className="inventory-toolbar">
        <h2>{t('inventory.title')}</h2>
        <input
          type="search"
          placeholder={t('inventory.search')}
          aria-label={t('inventory.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" onClick={() => void copy()} disabled={sections.length === 0}>
          {copied ? t('inventory.copied') : t('inventory.copy')}
        </button>
        <button type="button" onClick={exportJson} disabled={sections.length === 0}>
          {t('inventory.export')}
        </button>
        {onRefresh && (
          <button type="button" onClick={onRefresh} disabled={sections.length === 0}>
            {t('inventory.refresh')}
          </button>
        )}
      </div>
      {browserOnly && <p className="notice">{t('inventory.browserOnly')}</p>}
      {sections.length === 0 && <p className="muted">{t('inventory.waiting')}</p>}
      {findings && (
        <ul className="findings" data-testid="findings">
          {findings.length === 0 && <li className="finding ok">{t('inventory.healthy')}</li>}
          {shownFindings.map((f, i) => (
            <li key={`${f.rule}-${i}`} className={`finding ${f.severity}`} data-rule={f.rule}>
              <span className="severity">{t(`severity.${f.severity}`)}</span> {findingText(f)}
            </li>
          ))}
        </ul>
      )}
      <div className="inventory-sections">
        {ordered.map((section) => (
          <SectionCard key={section.name} section={section} query={query} />
        ))}
      </div>
    </section>
  );
}
