/**
 * Pasting invoice lines, or choosing Qwoater's invoice PDF: the text (or the PDF's lines)
 * goes through parseInvoiceText, and what it recognised is shown (kind, period, amount)
 * with any warnings before anything is added, so a misread line is seen rather than
 * silently checked. A PDF's text is read in the import worker.
 */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { type InvoiceLine } from '../../domain/billing/invoices';
import { parseInvoiceText } from '../../domain/billing/invoice-text';
import { error, fail, type Problem, type Result } from '../../domain/problems';
import { FileDropArea } from '../components/FileDropArea';
import { PastePanel } from '../components/lazy-parts';
import { readPdfInWorker } from '../worker/pdf-client';
import { engineLanguage } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import { NoticeBar, WarningList } from '../components/NoticeList';
import { dateLabel, KIND_LABEL, lineToForm, periodLabel, type LineForm } from './year-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'break-word' },
});

interface Props {
  year: number | null;
  vatBasisPoints: number;
  onAdd: (lines: LineForm[]) => void;
  onClose: () => void;
}

type Parsed = { ok: true; lines: InvoiceLine[]; warnings: Problem[] } | { ok: false; error: Problem; warnings: Problem[] };

export function InvoicePaste({ year, vatBasisPoints, onAdd, onClose }: Props) {
  const { t, tn, lang, money, count } = useI18n();
  const styles = useStyles();
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const show = (r: Result<InvoiceLine[]>) => setParsed(r.ok ? { ok: true, lines: r.value, warnings: r.warnings } : { ok: false, error: r.error, warnings: r.warnings });
  const read = (text: string) => show(parseInvoiceText(text, { ...(year ? { year } : {}), label: t('slot.pastedSource'), vatBasisPoints }));

  const readFile = async (file: File) => {
    setReading(file.name);
    setParsed(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { readInvoiceUpload } = await import(/* webpackChunkName: "readers" */ '../../readers/invoice-upload');
      show(await readInvoiceUpload(bytes, { label: file.name, fileName: file.name }, { ...(year ? { year } : {}), vatBasisPoints }, readPdfInWorker));
    } catch (e) {
      // The readers return errors as values; a throw is a bug, shown with its text.
      show(fail(error('import.unexpected', { reason: e instanceof Error ? e.message : String(e) }, { file: file.name })));
    } finally {
      setReading(null);
    }
  };

  return (
    <div className={styles.root} data-testid="invoice-paste">
      <FileDropArea
        testId="invoice-file"
        disabled={reading !== null}
        multiple={false}
        accept=".pdf,.txt,.csv,application/pdf,text/plain,text/csv"
        buttonText={t('year.paste.file')}
        hint={t('year.paste.drop')}
        hintActive={t('year.paste.dropActive')}
        onFiles={(files) => void readFile(files[0]!)}
      />
      {reading && <Spinner size="tiny" label={t('year.paste.reading', { file: reading })} />}
      <PastePanel
        label={t('year.paste.label')}
        hint={t('year.paste.hint')}
        readText={t('year.paste.read')}
        closeText={t('year.paste.cancel')}
        rows={5}
        testIdPrefix="invoice-paste"
        onRead={read}
        onClose={onClose}
        onEdit={() => setParsed(null)}
      />
      {parsed && !parsed.ok && <NoticeBar notice={{ kind: 'problem', problem: parsed.error }} />}
      {parsed && <WarningList warnings={parsed.warnings} title={t('year.paste.warnings')} />}
      {parsed?.ok && (
        <div className={styles.root} role="status">
          <span>{tn('year.paste.found', parsed.lines.length)}</span>
          <ul className={styles.list} data-testid="invoice-paste-preview">
            {parsed.lines.map((l, i) => (
              <li key={i}>
                {[t(KIND_LABEL[l.kind]), periodLabel(l), dateLabel(l.date), l.count !== null ? `${count(l.count)} ×` : '', money(l.amountCents)].filter(Boolean).join(' · ')}
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button
              appearance="primary"
              data-testid="invoice-paste-add"
              onClick={() => {
                onAdd(parsed.lines.map((l) => lineToForm(l, engineLanguage(lang))));
                onClose();
              }}
            >
              {tn('year.paste.add', parsed.lines.length)}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
