/**
 * Choose or drop files. The visible button is the control (keyboard and screen readers);
 * the hidden file input only opens the system dialog. As an area (nothing loaded yet) a
 * dashed box says where to drop; as a button (a card that holds its export) the card
 * itself takes the drop, through useFileDrop.
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

/** Drag-and-drop onto any element: the first file (or all of them) on drop, and whether a drag is over it. */
export function useFileDrop(multiple: boolean, disabled: boolean, onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer.files ?? [])];
      const taken = multiple ? files : files.slice(0, 1);
      if (taken.length && !disabled) onFiles(taken);
    },
  };
  return { dragging, handlers };
}

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
  /** 'button': only the button (the surrounding card takes drops). */
  variant?: 'area' | 'button';
  onFiles: (files: File[]) => void;
}

export function FileDropArea({ testId, disabled, multiple, accept, buttonText, buttonLabel, hint, hintActive, variant = 'area', onFiles }: FileDropAreaProps) {
  const styles = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const { dragging, handlers } = useFileDrop(multiple, disabled, onFiles);
  const area = variant === 'area';

  const input = (
    <input
      ref={inputRef}
      type="file"
      multiple={multiple}
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        // Cleared, so choosing the same file again (after fixing it) reads it again.
        e.target.value = '';
        const taken = multiple ? files : files.slice(0, 1);
        if (taken.length) onFiles(taken);
      }}
    />
  );
  const button = (
    <Button appearance={area ? 'primary' : 'secondary'} size={area ? 'medium' : 'small'} disabled={disabled} onClick={() => inputRef.current?.click()} {...(buttonLabel ? { 'aria-label': buttonLabel } : {})}>
      {buttonText}
    </Button>
  );
  if (!area) {
    return (
      <>
        {button}
        {input}
      </>
    );
  }
  return (
    <div className={mergeClasses(styles.drop, dragging && styles.dropActive)} {...handlers}>
      {button}
      <span className={styles.hint}>{dragging ? hintActive : hint}</span>
      {input}
    </div>
  );
}
