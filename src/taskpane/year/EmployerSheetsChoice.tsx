/**
 * 'Specificatie per werkgever': one self-contained sheet per employer, for all or chosen
 * employers. The numbers field is the list (typed, pasted, or filled by the search);
 * below it the pane names the employers it matched and the numbers it did not know.
 */
import { Checkbox, Field, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import { EmployerSearch, type EmployerOption } from './EmployerSearch';
import type { YearController } from './use-year';
import { employerNumbers, YEAR_FIELDS } from './year-validate';
import { employerKey } from '../../domain/employer-key';

/** Numbers match as the engine matches them (leading zeros and case ignored). */
const key = employerKey;

export function EmployerSheetsChoice({ year, employers }: { year: YearController; employers: readonly EmployerOption[] }) {
  const { t, count } = useI18n();
  const layout = useLayoutStyles();
  const choice = year.state.form.employers;
  const set = (patch: Partial<typeof choice>) => year.dispatch({ type: 'employers', patch });
  const id = YEAR_FIELDS.employers;
  const err = year.errors[id];
  const byKey = new Map(employers.map((e) => [key(e.number), e]));
  const typed = employerNumbers(choice.numbers);
  const picked = typed.flatMap((n) => byKey.get(key(n)) ?? []);
  const unknown = employers.length ? typed.filter((n) => !byKey.has(key(n))) : [];

  return (
    <div className={layout.stack} data-testid="year-employers">
      <Checkbox checked={choice.on} label={t('year.employers.on')} onChange={(_, d) => set({ on: d.checked === true })} data-testid="employers-on" />
      {choice.on && (
        <>
          <Field label={t('year.employers.mode')}>
            <RadioGroup value={choice.mode} onChange={(_, d) => set({ mode: d.value as 'all' | 'chosen' })}>
              <Radio value="all" label={employers.length ? t('year.employers.allCount', { count: count(employers.length) }) : t('year.employers.all')} />
              <Radio value="chosen" label={t('year.employers.chosen')} data-testid="employers-chosen" />
            </RadioGroup>
          </Field>
          {choice.mode === 'chosen' && (
            <>
              {employers.length > 0 && (
                <EmployerSearch
                  employers={employers}
                  onPick={(n) => {
                    if (!typed.some((x) => key(x) === key(n))) set({ numbers: [...typed, n].join(', ') });
                  }}
                />
              )}
              <Field label={t('year.employers.numbers')} hint={t('year.employers.numbers.hint')} validationState={err ? 'error' : 'none'} validationMessage={err ? t(err) : undefined}>
                <Textarea id={id} rows={2} value={choice.numbers} onBlur={() => year.touch(id)} onChange={(_, d) => set({ numbers: d.value })} />
              </Field>
              {picked.length > 0 && (
                <Text className={layout.muted} data-testid="employers-picked">
                  {t('year.employers.picked', { names: picked.map((e) => e.name || e.number).join(', ') })}
                </Text>
              )}
              {unknown.length > 0 && <Text role="status">{t('year.employers.unknown', { numbers: unknown.join(', ') })}</Text>}
            </>
          )}
        </>
      )}
    </div>
  );
}
