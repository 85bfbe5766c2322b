import { useTranslation } from 'react-i18next';
import { useApiData } from './use-api-data';

type Engineers = { engineers: Array<{ id: string; name: string }> };

/** A filter on who did the work: every active member of staff. */
export function EngineerSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { data } = useApiData<Engineers>('/api/engineers');
  return (
    <select aria-label={t('admin.filters.engineer')} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('admin.filters.anyEngineer')}</option>
      {data?.engineers.map((engineer) => (
        <option key={engineer.id} value={engineer.id}>
          {engineer.name}
        </option>
      ))}
    </select>
  );
}
