/**
 * Asked when an import brings a month that is already in the history with other figures.
 * A month is never in the history twice: the user replaces it or keeps what is there.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { periodLabel, type ReplaceCandidate } from '../../../domain/xpert';
import { engineLanguage } from '../../i18n/catalogue';
import { useLayoutStyles } from '../../components/layout-styles';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { overflowWrap: 'anywhere', marginBottom: tokens.spacingVerticalXS },
});

interface Props {
  candidates: ReplaceCandidate[] | null;
  onAnswer: (replace: boolean) => void;
}

export function ReplaceMonthsDialog({ candidates, onAnswer }: Props) {
  const { t, tn, lang } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const list = candidates ?? [];
  return (
    // Closing without an answer keeps what is there: nothing is lost by Escape.
    <Dialog open={candidates !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onAnswer(false)}>
      <DialogSurface className={layout.dialogSurface} data-testid="xpert-replace-dialog">
        <DialogBody>
          <DialogTitle>{tn('xpert.replace.title', list.length)}</DialogTitle>
          <DialogContent>
            {tn('xpert.replace.body', list.length)}
            <ul className={styles.list}>
              {list.map((c) => (
                <li key={c.period} className={styles.item}>
                  {t('xpert.replace.item', { month: periodLabel(c.period, engineLanguage(lang)), stored: c.stored.label, incoming: c.incoming.label })}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions className={layout.dialogActions} fluid>
            <Button appearance="primary" onClick={() => onAnswer(true)} data-testid="xpert-replace-yes">
              {t('xpert.replace.yes')}
            </Button>
            <Button onClick={() => onAnswer(false)} data-testid="xpert-replace-no">
              {t('xpert.replace.no')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
