/**
 * Choose or drop one or many monthly reports (CSV or the Excel download). The visible
 * button is the control; the hidden input only opens the system dialog.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const ACCEPT = '.csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function XpertFilePicker({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length && !disabled) onFiles(files);
  };

  return (
    <div
      className={mergeClasses(styles.drop, dragging && styles.dropActive)}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Button appearance="primary" disabled={disabled} onClick={() => inputRef.current?.click()}>
        {t('xpert.import.pick')}
      </Button>
      <span className={styles.hint}>{dragging ? t('xpert.import.dropActive') : t('xpert.import.drop')}</span>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="xpert-files"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared, so choosing the same files again (after fixing one) reads them again.
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
