/**
 * Choose or drop files. The visible button is the control (keyboard and screen readers);
 * the hidden file input only opens the system dialog, and the dashed area accepts a drop.
 * The export slots and the Otherside import both use it, with their own texts.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';

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

export interface FileDropAreaProps {
  testId: string;
  disabled: boolean;
  /** One file (the first one dropped) or many. */
  multiple: boolean;
  accept: string;
  buttonText: string;
  /** An accessible name that starts with the visible text (WCAG 2.5.3) and adds context. */
  buttonLabel?: string;
  hint: string;
  hintActive: string;
  onFiles: (files: File[]) => void;
}

export function FileDropArea({ testId, disabled, multiple, accept, buttonText, buttonLabel, hint, hintActive, onFiles }: FileDropAreaProps) {
  const styles = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const take = (list: FileList | null | undefined): File[] => {
    const files = [...(list ?? [])];
    return multiple ? files : files.slice(0, 1);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = take(e.dataTransfer.files);
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
      <Button appearance="primary" disabled={disabled} onClick={() => inputRef.current?.click()} {...(buttonLabel ? { 'aria-label': buttonLabel } : {})}>
        {buttonText}
      </Button>
      <span className={styles.hint}>{dragging ? hintActive : hint}</span>
      <input
        ref={inputRef}
        type="file"
        multiple={multiple}
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(e) => {
          const files = take(e.target.files);
          // Cleared, so choosing the same file again (after fixing it) reads it again.
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
