/**
 * 'Use selection' (Excel only) with its tooltip, which says what a good selection is.
 * A chunk of its own (lazy-parts.tsx): Fluent's Tooltip brings its positioning engine,
 * and outside Excel the button is never shown.
 */
import { Button, Tooltip } from '@fluentui/react-components';

export interface SelectionButtonProps {
  size: 'small' | 'medium';
  disabled: boolean;
  text: string;
  hint: string;
  onClick: () => void;
}

export function SelectionButton({ size, disabled, text, hint, onClick }: SelectionButtonProps) {
  return (
    <Tooltip content={hint} relationship="description">
      <Button size={size} disabled={disabled} onClick={onClick}>
        {text}
      </Button>
    </Tooltip>
  );
}
