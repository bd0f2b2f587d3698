/**
 * Errors, warnings and notes in words. Each error gets its own message bar; warnings are
 * gathered in one bar as a list, because an export can bring dozens and every one counts.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Problem } from '../../domain/problems';
import { useI18n } from '../i18n/i18n-context';
import type { Notice } from '../state/pane-state';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: 'break-word' },
  body: { overflowWrap: 'break-word' },
});

export function NoticeBar({ notice }: { notice: Notice }) {
  const { t, problem } = useI18n();
  const styles = useStyles();
  const intent = notice.kind === 'problem' ? notice.problem.severity : notice.severity;
  const text = notice.kind === 'problem' ? problem(notice.problem) : t(notice.key, notice.params);
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody className={styles.body}>{text}</MessageBarBody>
    </MessageBar>
  );
}

export function WarningList({ warnings, title }: { warnings: readonly Problem[]; title: string }) {
  const { problem } = useI18n();
  const styles = useStyles();
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
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
