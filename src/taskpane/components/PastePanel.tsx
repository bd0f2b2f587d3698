/**
 * A text box for lines copied from Loket, Excel, a ledger or a PDF (tab-separated text
 * from Excel works too), with 'read' and 'close'. It takes focus when it opens, so the
 * paste lands where the user meant it; reading an empty box says so at the box. Used for
 * every report (FileImport) and for the invoice lines (InvoicePaste).
 */
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  area: { fontFamily: tokens.fontFamilyMonospace },
});

interface Props {
  label: string;
  hint: string;
  readText: string;
  closeText: string;
  rows?: number;
  /** 'paste' gives paste-text and paste-read; 'invoice-paste' gives invoice-paste-text and -read. */
  testIdPrefix?: string;
  disabled?: boolean;
  onRead: (text: string) => void;
  onClose: () => void;
  /** Told on every change of the text (a preview of the earlier text is then stale). */
  onEdit?: () => void;
}

export function PastePanel({ label, hint, readText, closeText, rows = 6, testIdPrefix = 'paste', disabled = false, onRead, onClose, onEdit }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className={styles.root}>
      <Field label={label} hint={hint} validationState={empty ? 'error' : 'none'} validationMessage={empty ? t('slot.paste.empty') : undefined}>
        <Textarea
          ref={ref}
          textarea={{ className: styles.area, spellCheck: false }}
          data-testid={`${testIdPrefix}-text`}
          resize="vertical"
          rows={rows}
          value={text}
          onChange={(_, d) => {
            setText(d.value);
            onEdit?.();
            if (d.value.trim()) setEmpty(false);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={disabled}
          data-testid={`${testIdPrefix}-read`}
          onClick={() => {
            if (!text.trim()) {
              setEmpty(true);
              ref.current?.focus();
              return;
            }
            onRead(text);
          }}
        >
          {readText}
        </Button>
        <Button onClick={onClose}>{closeText}</Button>
      </div>
    </div>
  );
}
