/**
 * The pane's title and what it checks, following the source in use (Qwoater or
 * Otherside at Work), and whether it runs inside Excel or in a browser tab.
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import type { XpertSource } from '../xpert/xpert-stored';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function Header({ source }: { source: XpertSource }) {
  const { t } = useI18n();
  const host = useHost();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>{t('app.title')}</h1>
      <p className={styles.subtitle} data-testid="app-subtitle">
        {source === 'xpert' ? t('app.subtitle.xpert') : t('app.subtitle.qwoater')}
      </p>
      {host.kind === 'standalone' && (
        <MessageBar intent="info" layout="multiline" data-testid="standalone-notice">
          <MessageBarBody>{t('app.standalone')}</MessageBarBody>
        </MessageBar>
      )}
    </header>
  );
}
