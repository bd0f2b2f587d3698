/**
 * Asked before more than 250 employer sheets: that many take a while and make a big
 * workbook. The number is the one 'Maak' is about to make, the same the step offered.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useRef } from 'react';
import { useLayoutStyles } from '../components/layout-styles';
import { useI18n } from '../i18n/i18n-context';

export function ConfirmSheetsDialog({ confirm }: { confirm: { count: number; answer(yes: boolean): void } | null }) {
  const { t, count } = useI18n();
  const layout = useLayoutStyles();
  // The dialog fades out after the answer: it keeps saying the number it asked about, not 0.
  const asked = useRef(0);
  if (confirm) asked.current = confirm.count;
  const n = count(asked.current);
  return (
    <Dialog open={confirm !== null} modalType="alert" onOpenChange={(_, d) => !d.open && confirm?.answer(false)}>
      <DialogSurface className={layout.dialogSurface}>
        <DialogBody>
          <DialogTitle>{t('year.confirm.title', { count: n })}</DialogTitle>
          <DialogContent>{t('year.confirm.body', { count: n })}</DialogContent>
          <DialogActions className={layout.dialogActions} fluid>
            <Button appearance="primary" onClick={() => confirm?.answer(true)} data-testid="confirm-sheets-yes">
              {t('year.confirm.yes', { count: n })}
            </Button>
            <Button onClick={() => confirm?.answer(false)}>{t('year.confirm.no')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
