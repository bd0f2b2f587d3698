/** A text box for lines copied from Loket or Excel; tab-separated text from Excel works too. It takes focus when it opens. */
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  area: { fontFamily: tokens.fontFamilyMonospace },
});

export function PastePanel({ slotLabel, disabled, onRead, onClose }: { slotLabel: string; disabled: boolean; onRead: (text: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  // Opened to paste: the text box takes focus, so the paste lands where the user meant it.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className={styles.root}>
      <Field
        label={t('slot.paste.label', { slot: slotLabel })}
        hint={t('slot.paste.hint')}
        validationState={empty ? 'error' : 'none'}
        validationMessage={empty ? t('slot.paste.empty') : undefined}
      >
        <Textarea
          ref={ref}
          textarea={{ className: styles.area, spellCheck: false }}
          data-testid="paste-text"
          resize="vertical"
          rows={6}
          value={text}
          onChange={(_, d) => {
            setText(d.value);
            if (d.value.trim()) setEmpty(false);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={disabled}
          data-testid="paste-read"
          onClick={() => {
            if (!text.trim()) {
              setEmpty(true);
              ref.current?.focus();
              return;
            }
            onRead(text);
          }}
        >
          {t('slot.paste.read')}
        </Button>
        <Button onClick={onClose}>{t('slot.paste.close')}</Button>
      </div>
    </div>
  );
}
