/**
 * In Excel: opens a plan as a workbook of its own (host.exportWorkbook, which uses
 * Excel.createWorkbook), the way to take a copy out of Excel on Windows, Mac and the web
 * alike; a download link does nothing in Excel on Mac. Says where the file went, or why not.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Problem } from '../../domain/problems';
import type { WorkbookPlan } from '../../domain/spec/plan';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import { NoticeBar } from './NoticeList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  note: { margin: 0, overflowWrap: 'break-word' },
});

interface Props {
  /** Built when pressed, not on every render: a plan can be large. */
  plan: () => WorkbookPlan;
  label: string;
  /** Said once the workbook is open. */
  done: (fileName: string) => string;
  testId: string;
}

export function OpenWorkbookButton({ plan, label, done, testId }: Props) {
  const { t } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  return (
    <div className={styles.root}>
      <Button
        data-testid={testId}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setStatus(t('open.busy'));
          setProblem(null);
          void host.exportWorkbook(plan()).then((r) => {
            setBusy(false);
            setStatus(r.ok ? done(r.value.fileName) : '');
            if (!r.ok) setProblem(r.error);
          });
        }}
      >
        {label}
      </Button>
      <span className={styles.note} role="status">
        {status}
      </span>
      {problem && <NoticeBar notice={{ kind: 'problem', problem }} />}
    </div>
  );
}
