/** Choose or drop one CSV or PDF for an export slot (and for the signing reports). */
import { useI18n } from '../i18n/i18n-context';
import { FileDropArea } from './FileDropArea';

interface Props {
  slot: string;
  slotLabel: string;
  disabled: boolean;
  onFile: (file: File) => void;
}

export function FilePicker({ slot, slotLabel, disabled, onFile }: Props) {
  const { t } = useI18n();
  return (
    <FileDropArea
      testId={`file-${slot}`}
      disabled={disabled}
      multiple={false}
      accept=".csv,.txt,.pdf,text/csv,text/plain,application/pdf"
      buttonText={t('slot.pickFile')}
      buttonLabel={t('slot.pickFile.label', { slot: slotLabel })}
      hint={t('slot.drop')}
      hintActive={t('slot.dropActive')}
      onFiles={(files) => onFile(files[0]!)}
    />
  );
}
