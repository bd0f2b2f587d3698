/**
 * Says what the workbook (or, outside Excel, this browser) keeps of the user's imports, and
 * lets them remove it, after one question. Shown only while something is kept.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import type { Persistence } from '../hooks/use-persistence';
import type { MessageKey } from '../i18n/catalogue';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0, overflowWrap: 'break-word' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const EMPLOYERS = ['kept.employers.one', 'kept.employers.other'] as const;
const SIGNING = ['kept.signing.one', 'kept.signing.other'] as const;
const MONTHS = ['kept.months.one', 'kept.months.other'] as const;

export function KeptNote({ persistence }: { persistence: Persistence }) {
  const { t, count } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const kept = persistence.kept;
  if (!kept) return null;
  const excel = host.kind === 'excel';
  const part = (n: number, [one, other]: readonly [MessageKey, MessageKey]) => (n > 0 ? [t(n === 1 ? one : other, { count: count(n) })] : []);
  const what = [...part(kept.employers, EMPLOYERS), ...part(kept.signingReports, SIGNING), ...part(kept.months, MONTHS)].join(', ');

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
