/**
 * Asked when sheets the plan wants already exist. Factuurcheck's own earlier sheets may be
 * replaced; anyone else's sheet never is, so then only 'new names' is offered.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ConflictChoice } from '../../host/host';
import { useI18n } from '../i18n/i18n-context';
import type { Conflict } from '../make/make-specification';
import { useLayoutStyles } from './layout-styles';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  open: boolean;
  conflicts: Conflict[];
  example: string;
  onChoose: (choice: ConflictChoice | null) => void;
}

export function ConflictDialog({ open, conflicts, example, onChoose }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const anyOwn = conflicts.some((c) => c.existing.ownedByUs);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onChoose(null)}>
      <DialogSurface className={layout.dialogSurface}>
        <DialogBody>
          <DialogTitle>{t('conflict.title')}</DialogTitle>
          <DialogContent>
            {t('conflict.body')}
            <ul className={styles.list}>
              {conflicts.map((c) => (
                <li key={c.existing.name}>{c.existing.ownedByUs ? t('conflict.own', { name: c.existing.name }) : t('conflict.foreign', { name: c.existing.name })}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions className={layout.dialogActions} fluid>
            {anyOwn && (
              <Button appearance="primary" onClick={() => onChoose('replace-own')}>
                {t('conflict.replace')}
              </Button>
            )}
            <Button appearance={anyOwn ? 'secondary' : 'primary'} onClick={() => onChoose('next-free-name')}>
              {t('conflict.nextFree', { example })}
            </Button>
            <Button appearance="subtle" onClick={() => onChoose(null)}>
              {t('conflict.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
