/** Asked before more than 250 employer sheets: that many take a while and make a big workbook. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';

export function ConfirmSheetsDialog({ confirm }: { confirm: { count: number; answer(yes: boolean): void } | null }) {
  const { t, count } = useI18n();
  const n = count(confirm?.count ?? 0);
  return (
    <Dialog open={confirm !== null} modalType="alert" onOpenChange={(_, d) => !d.open && confirm?.answer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('year.confirm.title', { count: n })}</DialogTitle>
          <DialogContent>{t('year.confirm.body', { count: n })}</DialogContent>
          <DialogActions>
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
