/** The invoice lines the user received: typed one by one, or pasted as a block. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useLayoutStyles } from '../components/layout-styles';
import { InvoiceLineRow } from './InvoiceLineRow';
import { preloadPastePanel } from '../components/lazy-parts';
import { InvoicePaste } from './InvoicePaste';
import type { YearController } from './use-year';

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function InvoiceLines({ year, vatBasisPoints, announce }: { year: YearController; vatBasisPoints: number; announce: (text: string) => void }) {
  const { t, tn } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [pasting, setPasting] = useState(false);
  const { lines } = year.state.form;
  const defaultPeriod = year.fallbackYear ? `Q1 ${year.fallbackYear}` : '';

  // Focus a new line's first field once rendered, so keyboard users continue where they were
  // (after a paste the panel that had focus is gone).
  const focusLine = (index: number) =>
    setTimeout(() => document.querySelectorAll<HTMLElement>('[data-testid=invoice-line] select')[index]?.focus(), 0);

  const addLine = () => {
    year.dispatch({ type: 'line.add', period: defaultPeriod });
    focusLine(lines.length);
  };

  return (
    <div className={layout.stack}>
      <h3 className={styles.title}>{t('year.lines.title')}</h3>
      <Text className={layout.muted}>{t('year.lines.hint')}</Text>
      {lines.length === 0 && <Text>{t('year.lines.empty')}</Text>}
      {lines.map((l, i) => (
        <InvoiceLineRow key={l.id} line={l} n={i + 1} errors={year.errors} touch={year.touch} dispatch={year.dispatch} />
      ))}
      <div className={layout.row}>
        <Button onClick={addLine} data-testid="invoice-add">
          {t('year.lines.add')}
        </Button>
        <Button aria-expanded={pasting} onClick={() => setPasting((p) => !p)} data-testid="invoice-paste-open" {...preloadPastePanel}>
          {t('year.paste.open')}
        </Button>
      </div>
      {pasting && (
        <InvoicePaste
          year={year.fallbackYear}
          vatBasisPoints={vatBasisPoints}
          onClose={() => setPasting(false)}
          onAdd={(added) => {
            year.dispatch({ type: 'lines.append', lines: added });
            announce(tn('year.paste.added', added.length));
            focusLine(lines.length);
          }}
        />
      )}
    </div>
  );
}
