/** Choose or drop one or many monthly reports (CSV, PDF or the Excel download). */
import { FileDropArea } from '../../components/FileDropArea';
import { useI18n } from '../../i18n/i18n-context';

const ACCEPT = '.csv,.txt,.xlsx,.pdf,text/csv,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function XpertFilePicker({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  return (
    <FileDropArea
      testId="xpert-files"
      disabled={disabled}
      multiple
      accept={ACCEPT}
      buttonText={t('xpert.import.pick')}
      hint={t('xpert.import.drop')}
      hintActive={t('xpert.import.dropActive')}
      onFiles={onFiles}
    />
  );
}
