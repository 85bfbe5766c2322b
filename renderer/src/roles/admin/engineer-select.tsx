import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from './filter-controls';
import { useApiData } from '../../features/api/use-api-data';

/** A filter on who did the work: every active member of staff. */
export function EngineerSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { data } = useApiData('GET /api/engineers');
  const choices = (data?.engineers ?? []).map((e): [string, string] => [e.id, e.name]);
  return (
    <ChoiceSelect
      label={t('admin.filters.engineer')}
      any={t('admin.filters.anyEngineer')}
      choices={choices}
      value={value}
      onChange={onChange}
    />
  );
}
