/**
 * Find an employer by name or number and add its number to the chosen list. A combobox
 * that filters as one types; at most 50 options are rendered, because an export can
 * hold thousands of employers and a 320 px list of them helps nobody.
 */
import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

export interface EmployerOption {
  number: string;
  name: string;
}

export function EmployerSearch({ employers, onPick }: { employers: readonly EmployerOption[]; onPick: (number: string) => void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return employers.filter((e) => !q || e.number.toLowerCase().includes(q) || e.name.toLowerCase().includes(q)).slice(0, 50);
  }, [employers, query]);
  return (
    <Field label={t('year.employers.search')}>
      <Combobox
        freeform
        placeholder={t('year.employers.search.placeholder')}
        value={query}
        data-testid="employer-search"
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, d) => {
          if (d.optionValue) onPick(d.optionValue);
          setQuery('');
        }}
      >
        {matches.length === 0 ? (
          <Option disabled value="">{t('year.employers.search.none')}</Option>
        ) : (
          matches.map((e) => (
            <Option key={e.number} value={e.number} text={`${e.number} ${e.name}`}>
              {`${e.number} ${e.name}`}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
