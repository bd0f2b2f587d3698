/**
 * Errors, warnings and notes in words. Each error gets its own message bar (role=alert);
 * warnings are gathered in one bar as a list, because an export can bring dozens and every
 * one counts. A bar may carry actions: the one-click fix for what it says.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Problem } from '../../domain/problems';
import { useI18n, type I18n } from '../i18n/i18n-context';
import { noticeSeverity, type Notice, type Severity } from '../state/notice';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: 'break-word' },
  body: { overflowWrap: 'break-word', minWidth: 0 },
  // In a 350 px pane the actions go under the text, not beside it.
  bar: { flexWrap: 'wrap' },
  nowrap: { whiteSpace: 'nowrap' },
});

export const noticeText = (i18n: Pick<I18n, 't' | 'tn' | 'problem'>, n: Notice): string =>
  n.kind === 'problem' ? i18n.problem(n.problem) : n.kind === 'counted' ? i18n.tn(n.key, n.count, n.params) : i18n.t(n.key, n.params);

/** A date or amount that must not break over two lines ('31-\n12-2024'). */
export function NoWrap({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <span className={styles.nowrap}>{children}</span>;
}

type BarProps = { actions?: ReactNode; testId?: string } & ({ notice: Notice; children?: undefined; intent?: undefined } | { notice?: undefined; intent: Severity; children: ReactNode });

/** A notice in words, or (with `intent`) a text of the caller's own, with elements in it. */
export function NoticeBar({ notice, intent: given, actions, testId, children }: BarProps) {
  const i18n = useI18n();
  const styles = useStyles();
  const intent = notice ? noticeSeverity(notice) : given!;
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === 'error' ? 'alert' : 'status'} className={styles.bar} data-testid={testId}>
      <MessageBarBody className={styles.body}>{notice ? noticeText(i18n, notice) : children}</MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}

/** The pane's own notices (restored state, a save that failed), each with a button to hide it. */
export function DismissableNotices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (index: number) => void }) {
  const { t } = useI18n();
  return (
    <>
      {notices.map((n, i) => (
        <NoticeBar
          key={i}
          notice={n}
          actions={
            <Button size="small" onClick={() => onDismiss(i)}>
              {t('notice.dismiss')}
            </Button>
          }
        />
      ))}
    </>
  );
}

export function WarningList({ warnings, title }: { warnings: readonly Problem[]; title: string }) {
  const { problem } = useI18n();
  const styles = useStyles();
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {warnings.map((w, i) => (
            <li key={i} className={styles.item}>
              {problem(w)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
