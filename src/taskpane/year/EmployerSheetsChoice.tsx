/**
 * 'Specificatie per werkgever': one self-contained sheet per employer, for all or chosen
 * employers. The numbers field is the list (typed, pasted, or filled by the search); a
 * number that is in neither export is marked at the field at once, as 'Maak' would refuse
 * it. The count offered for 'all' is the count the re-billing has (rebilledEmployers),
 * so it is the number of sheets made and the number the confirmation asks about.
 */
import { Checkbox, Field, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { employerKey } from '../../domain/employer-key';
import { lazy, Suspense } from 'react';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import type { YearController } from './use-year';
import { employerNumbers, YEAR_FIELDS } from './year-validate';

/** The search (a Fluent Combobox) loads when chosen employers are asked for: it is not on the pane's first screen. */
const EmployerSearch = lazy(() => import(/* webpackChunkName: "employer-search" */ './EmployerSearch').then((m) => ({ default: m.EmployerSearch })));

export function EmployerSheetsChoice({ year }: { year: YearController }) {
  const { t, count } = useI18n();
  const layout = useLayoutStyles();
  const employers = year.employers;
  const choice = year.state.form.employers;
  const set = (patch: Partial<typeof choice>) => year.dispatch({ type: 'employers', patch });
  const id = YEAR_FIELDS.employers;
  const byKey = new Map(employers.map((e) => [employerKey(e.number), e]));
  const typed = employerNumbers(choice.numbers);
  const picked = typed.flatMap((n) => byKey.get(employerKey(n)) ?? []);
  const unknown = employers.length ? typed.filter((n) => !byKey.has(employerKey(n))) : [];
  // An unknown number is named at once, not only after the field was left.
  const err = year.errors[id] ?? (unknown.length && choice.mode === 'chosen' ? 'year.err.employersUnknown' : undefined);
  const message = err === 'year.err.employersUnknown' ? t(err, { numbers: unknown.join(', ') }) : err ? t(err) : undefined;

  return (
    <div className={layout.stack} data-testid="year-employers">
      <Checkbox checked={choice.on} label={t('year.employers.on')} onChange={(_, d) => set({ on: d.checked === true })} data-testid="employers-on" />
      {choice.on && (
        <>
          <Field label={t('year.employers.mode')}>
            <RadioGroup value={choice.mode} onChange={(_, d) => set({ mode: d.value as 'all' | 'chosen' })}>
              <Radio value="all" label={employers.length ? t('year.employers.allCount', { count: count(employers.length) }) : t('year.employers.all')} data-testid="employers-all" />
              <Radio value="chosen" label={t('year.employers.chosen')} data-testid="employers-chosen" />
            </RadioGroup>
          </Field>
          {choice.mode === 'chosen' && (
            <>
              {employers.length > 0 && (
                <Suspense fallback={null}>
                  <EmployerSearch
                    employers={employers}
                    onPick={(n) => {
                      if (!typed.some((x) => employerKey(x) === employerKey(n))) set({ numbers: [...typed, n].join(', ') });
                    }}
                  />
                </Suspense>
              )}
              <Field label={t('year.employers.numbers')} hint={t('year.employers.numbers.hint')} validationState={message ? 'error' : 'none'} validationMessage={message}>
                <Textarea id={id} rows={2} value={choice.numbers} onBlur={() => year.touch(id)} onChange={(_, d) => set({ numbers: d.value })} />
              </Field>
              {picked.length > 0 && (
                <Text className={layout.muted} data-testid="employers-picked">
                  {t('year.employers.picked', { names: picked.map((e) => e.name || e.number).join(', ') })}
                </Text>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
