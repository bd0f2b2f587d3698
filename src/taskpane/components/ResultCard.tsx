/**
 * What 'Maak …' made, for either flow: a heading that takes focus (so keyboard and
 * screen-reader users land on the result), the flow's own figures, then buttons that open
 * the new sheets (in Excel) or the name of the downloaded file (standalone), and every
 * remark. Opening a sheet that has since been deleted or renamed says so. In Excel the
 * workbook can also be opened as a separate one (Excel.createWorkbook), to take a copy out.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Problem } from '../../domain/problems';
import type { WorkbookPlan } from '../../domain/spec/plan';
import type { WriteReport } from '../../host/host';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import { NoticeBar, WarningList } from './NoticeList';
import { OpenWorkbookButton } from './OpenWorkbookButton';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, outlineOffset: '2px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { margin: 0, overflowWrap: 'break-word' },
});

interface Props {
  title: string;
  testId: string;
  fileTestId: string;
  /** The sheets to offer as buttons (in Excel), by plan key and planned name. */
  sheets: readonly { key: string; name: string }[];
  report: WriteReport;
  warnings: readonly Problem[];
  /** Said above the sheet buttons in Excel. */
  excelNote?: string;
  /** In Excel: the workbook again, to open as a separate workbook (built when asked). */
  replan: () => WorkbookPlan;
  openTestId: string;
  /** The flow's own figures; `goto` opens a sheet by its name in the workbook. */
  children: (goto: (name: string) => void) => ReactNode;
  /** More of the flow's own, after the sheets or the file (the year's part). */
  more?: (goto: (name: string) => void) => ReactNode;
}

export function ResultCard({ title, testId, fileTestId, sheets, report, warnings, excelNote, replan, openTestId, children, more }: Props) {
  const { t } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [gotoError, setGotoError] = useState<Problem | null>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const goto = async (name: string) => {
    setGotoError(null);
    const r = await host.activateSheet(name);
    if (!r.ok) setGotoError(r.error);
  };

  return (
    <div className={styles.card} data-testid={testId}>
      <h3 ref={headingRef} tabIndex={-1} className={styles.title}>
        {title}
      </h3>
      {children((name) => void goto(name))}
      {host.kind === 'excel' ? (
        <>
          {excelNote && <p className={styles.note}>{excelNote}</p>}
          <div className={styles.row} role="group" aria-label={t('result.sheets')}>
            {sheets.map((s) => {
              const name = report.sheetNames[s.key] ?? s.name;
              return (
                <Button key={s.key} onClick={() => void goto(name)}>
                  {t('result.goto', { name })}
                </Button>
              );
            })}
          </div>
          <OpenWorkbookButton plan={replan} label={t('result.open')} done={(file) => t('result.opened', { file })} testId={openTestId} />
        </>
      ) : (
        <p className={styles.note} data-testid={fileTestId}>
          {t('result.downloaded', { file: report.fileName ?? '' })}
        </p>
      )}
      {more?.((name) => void goto(name))}
      {gotoError && <NoticeBar notice={{ kind: 'problem', problem: gotoError }} />}
      <WarningList warnings={warnings} title={t('result.warnings')} />
    </div>
  );
}
