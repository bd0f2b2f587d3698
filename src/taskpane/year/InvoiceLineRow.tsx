/**
 * One invoice line as a small card: kind and period, date, then count, price and amount.
 * At 320 px six inputs cannot share a row, so they wrap in pairs; every input has its
 * own visible label, and the group is named 'Factuurregel n' for screen readers.
 */
import { Button, Field, Input, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { INVOICE_KINDS, type InvoiceKind } from '../../domain/billing/invoices';
import { DateField } from '../components/DateField';
import type { MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import type { FieldErrors } from '../state/forms';
import { KIND_LABEL, type LineForm } from './year-form';
import type { YearAction } from './year-state';
import { lineField } from './year-validate';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // Two equal columns that may shrink below the inputs' natural width (Fluent inputs have one).
  pair: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS, minWidth: 0 },
  control: { width: '100%', minWidth: 0 },
  cell: { minWidth: 0 },
  // 'Eindafrekening' and 'Ondertekenen' need more room than 'Q1 2024'.
  kindPeriod: { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' },
});

type TextKey = 'period' | 'count' | 'price' | 'amount';

interface Props {
  line: LineForm;
  n: number;
  errors: FieldErrors;
  touch: (field: string) => void;
  dispatch: (a: YearAction) => void;
}

export function InvoiceLineRow({ line, n, errors, touch, dispatch }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const change = (patch: Partial<LineForm>) => dispatch({ type: 'line.change', id: line.id, patch });
  const headingId = `${line.id}-title`;

  const text = (key: TextKey, label: MessageKey, hint?: MessageKey, inputMode: 'decimal' | 'numeric' | 'text' = 'decimal') => {
    const id = lineField(line.id, key);
    const err = errors[id];
    return (
      <Field className={styles.cell} label={t(label)} hint={hint ? t(hint) : undefined} validationState={err ? 'error' : 'none'} validationMessage={err ? t(err) : undefined}>
        <Input className={styles.control} id={id} inputMode={inputMode} value={line[key]} onBlur={() => touch(id)} onChange={(_, d) => change({ [key]: d.value })} />
      </Field>
    );
  };
  const dateId = lineField(line.id, 'date');
  const dateErr = errors[dateId];

  return (
    <div className={styles.card} role="group" aria-labelledby={headingId} data-testid="invoice-line">
      <div className={styles.head}>
        <h4 id={headingId} className={styles.title}>
          {t('year.line.label', { n })}
        </h4>
        <Button appearance="subtle" size="small" aria-label={t('year.line.remove', { n })} onClick={() => dispatch({ type: 'line.remove', id: line.id })}>
          ✕
        </Button>
      </div>
      <div className={mergeClasses(styles.pair, styles.kindPeriod)}>
        <Field className={styles.cell} label={t('year.line.kind')}>
          <Select className={styles.control} id={lineField(line.id, 'kind')} value={line.kind} onChange={(_, d) => change({ kind: d.value as InvoiceKind })}>
            {INVOICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_LABEL[k])}
              </option>
            ))}
          </Select>
        </Field>
        {text('period', 'year.line.period', undefined, 'text')}
      </div>
      <DateField id={dateId} label={t('year.line.date')} value={line.date} state="error" message={dateErr ? t(dateErr) : undefined} onBlur={() => touch(dateId)} onChange={(date) => change({ date })} />
      <div className={styles.pair}>
        {text('count', 'year.line.count', undefined, 'numeric')}
        {text('price', 'year.line.price')}
      </div>
      {text('amount', 'year.line.amount')}
    </div>
  );
}
