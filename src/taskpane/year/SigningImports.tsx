/**
 * 'Ondertekenverzoeken per werkgever' for one or more periods, through the pane's one
 * file import (file, paste or, in Excel, the selection), and how signing is billed: per
 * request at a price, included, or not known.
 */
import { Button, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatPeriod, quarterPeriod } from '../../domain/imports/signing-periods';
import { ItemColumns } from '../components/ItemColumns';
import { FileImport } from '../components/FileImport';
import { WarningList } from '../components/NoticeList';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';
import { itemLabel, itemOptions, itemRequest, type ImportItem } from '../imports/import-list';
import type { SigningImportOptions } from '../../domain/imports/signing-types';
import type { YearController } from './use-year';
import type { SigningMode } from './year-form';
import { YEAR_FIELDS } from './year-validate';

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
});

export function SigningImports({ year }: { year: YearController }) {
  const { t } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { form } = year.state;
  const priceErr = year.errors[YEAR_FIELDS.signingPrice];

  return (
    <div className={layout.stack} role="group" aria-labelledby="year-signing-title" data-testid="year-signing">
      <h3 id="year-signing-title" className={styles.title}>
        {t('year.signing.title')}
      </h3>
      <FileImport
        importer={year.signing}
        testId="signing-import"
        inputTestId="file-signing"
        itemTestId="signing-source"
        intro={<Text className={layout.muted}>{t('year.signing.hint')}</Text>}
        single={false}
        texts={{ pick: t('slot.pickFile'), pickLabel: t('slot.pickFile.label', { slot: t('year.signing.slot') }), drop: t('slot.drop'), dropActive: t('slot.dropActive'), pasteFor: t('year.signing.slot') }}
        listLabel={t('year.signing.title')}
        renderItem={(item) => <SigningSummary item={item} year={year.fallbackYear} onReread={(options) => year.signing.rerun(item.id, options)} />}
      />
      <Field label={t('year.signing.mode')}>
        <RadioGroup value={form.signingMode} onChange={(_, d) => year.dispatch({ type: 'form', patch: { signingMode: d.value as SigningMode } })}>
          <Radio value="priced" label={t('year.signing.mode.priced')} />
          <Radio value="included" label={t('year.signing.mode.included')} />
          <Radio value="unknown" label={t('year.signing.mode.unknown')} />
        </RadioGroup>
      </Field>
      {form.signingMode === 'priced' && (
        <Field label={t('year.signing.price')} validationState={priceErr ? 'error' : 'none'} validationMessage={priceErr ? t(priceErr) : undefined}>
          <Input
            id={YEAR_FIELDS.signingPrice}
            inputMode="decimal"
            value={form.signingPrice}
            onBlur={() => year.touch(YEAR_FIELDS.signingPrice)}
            onChange={(_, d) => year.dispatch({ type: 'form', patch: { signingPrice: d.value } })}
          />
        </Field>
      )}
    </div>
  );
}

/**
 * One signing report: its period(s), employers and requests, its warnings; a report that
 * names no period gets a quarter picker (the engine's message asks the user to give one).
 */
function SigningSummary({ item, year, onReread }: { item: ImportItem<'signing'>; year: number | null; onReread: (options: SigningImportOptions) => void }) {
  const { t, tn } = useI18n();
  const styles = useStyles();
  const [quarter, setQuarter] = useState('1');
  const exp = item.last?.value ?? null;
  const file = itemLabel(item);
  const options = itemOptions(item);
  // A report restored from the workbook has no file to read again with another period or columns.
  const reread = itemRequest(item) !== null;
  const mapping = <ItemColumns kind="signing" item={item} onReread={onReread} />;
  if (!exp || item.phase === 'failed') return mapping;
  const periods = [...new Set(exp.employers.map((e) => (e.period ? formatPeriod(e.period) : '?')))];
  const unknownPeriod = exp.employers.some((e) => !e.period);
  const employers = new Set(exp.employers.map((e) => e.number)).size;
  const requests = exp.employers.reduce((s, e) => s + e.requests, 0);
  const pickYear = year ?? new Date().getFullYear();
  return (
    <>
      {!unknownPeriod && (
        <span data-testid="signing-summary">
          {t('year.signing.summary', { period: periods.join(', '), employers: tn('unit.employers', employers), requests: tn('unit.requests', requests) })}
        </span>
      )}
      {unknownPeriod && reread && (
        <div className={styles.row}>
          <Field label={t('year.signing.quarter', { file })} hint={t('year.signing.noPeriod')}>
            <Select value={quarter} onChange={(_, d) => setQuarter(d.value)}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>{`Q${q} ${pickYear}`}</option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => onReread({ ...options, period: quarterPeriod(pickYear, Number(quarter)) })}>{t('year.signing.apply')}</Button>
        </div>
      )}
      <WarningList warnings={item.last!.warnings.filter((w) => w.code !== 'signing.periodUnknown')} title={t('year.signing.warnings', { file })} />
      {mapping}
    </>
  );
}
