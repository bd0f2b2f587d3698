/**
 * Choose or drop a CSV. The visible button is the control (keyboard and screen readers);
 * the hidden file input only opens the system dialog, and the dashed area accepts a drop.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';

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

interface Props {
  slot: string;
  slotLabel: string;
  disabled: boolean;
  onFile: (file: File) => void;
}

export function FilePicker({ slot, slotLabel, disabled, onFile }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
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
      {/* The accessible name starts with the visible text (WCAG 2.5.3) and adds which export. */}
      <Button appearance="primary" disabled={disabled} onClick={() => inputRef.current?.click()} aria-label={t('slot.pickFile.label', { slot: slotLabel })}>
        {t('slot.pickFile')}
      </Button>
      <span className={styles.hint}>{dragging ? t('slot.dropActive') : t('slot.drop')}</span>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        hidden
        data-testid={`file-${slot}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) loads it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
