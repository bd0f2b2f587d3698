/**
 * Says what the workbook (or, outside Excel, this browser) keeps of the user's imports, and
 * lets them remove it, after one question. Shown only while something is kept.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import type { Persistence } from '../hooks/use-persistence';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0, overflowWrap: 'break-word' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function KeptNote({ persistence }: { persistence: Persistence }) {
  const { t, tn } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const kept = persistence.kept;
  if (!kept) return null;
  const excel = host.kind === 'excel';
  const part = (n: number, key: 'kept.employers' | 'kept.signing' | 'kept.months') => (n > 0 ? [tn(key, n)] : []);
  const what = [...part(kept.employers, 'kept.employers'), ...part(kept.signingReports, 'kept.signing'), ...part(kept.months, 'kept.months')].join(', ');

  return (
    <div className={styles.root} data-testid="kept-note">
      <p className={styles.text}>{t(excel ? 'kept.excel' : 'kept.standalone', { what })}</p>
      {asking ? (
        <>
          <p className={styles.text} role="status">{t('kept.confirm')}</p>
          <div className={styles.row}>
            <Button
              size="small"
              disabled={busy}
              data-testid="kept-remove-yes"
              onClick={() => {
                setBusy(true);
                void persistence.remove().finally(() => {
                  setBusy(false);
                  setAsking(false);
                });
              }}
            >
              {t('kept.confirm.yes')}
            </Button>
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => setAsking(false)}>
              {t('kept.confirm.no')}
            </Button>
          </div>
        </>
      ) : (
        <div>
          <Button size="small" appearance="secondary" data-testid="kept-remove" onClick={() => setAsking(true)}>
            {t(excel ? 'kept.remove.excel' : 'kept.remove.standalone')}
          </Button>
        </div>
      )}
    </div>
  );
}
