/**
 * The one way the pane takes a report in, for the export cards, the signing reports and
 * the Otherside months: choose or drop files, paste text, or (in Excel only) take the
 * selection; then per item a progress bar with Cancel, its error or its summary, and
 * Remove. After a user's own load, focus moves to what it found, so keyboard and
 * screen-reader users land on the figures (or the message) rather than on the page top.
 *
 * A card that holds one export (`single`) folds its choosing part away once the export is
 * in: the summary is what matters then, and 'Ander bestand…' brings the picker back.
 */
import { Button, Field, ProgressBar, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useHost } from '../host-context';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogue';
import { ACCEPT, type ImportKind } from '../imports/import-kinds';
import { itemBusy, itemLabel, itemReady, type ImportItem } from '../imports/import-list';
import type { Importer } from '../imports/use-importer';
import { FileDropArea, useFileDrop } from './FileDropArea';
import { NoticeBar, WarningList } from './NoticeList';
import { PastePanel, preloadPastePanel, SelectionButton } from './lazy-parts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  dragging: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', backgroundColor: tokens.colorBrandBackground2 },
  card: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'break-word' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  grow: { flexGrow: 1, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    // Focus lands here after a load: a ring for keyboard users, nothing after a mouse click.
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  boxed: { padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

export interface FileImportTexts {
  pick: string;
  /** The accessible name of the pick button: starts with its visible text (WCAG 2.5.3) and names the card. */
  pickLabel?: string;
  drop: string;
  dropActive: string;
  /** What the pasted text is for, in the paste box's label. */
  pasteFor: string;
}

interface Props<K extends ImportKind> {
  importer: Importer<K>;
  /** The card this import fills ('current', 'previous'); absent for lists. */
  slot?: string;
  testId: string;
  inputTestId: string;
  itemTestId: string;
  title?: string;
  /** Between the title and the picker: what to load, or what the card expects. */
  intro?: ReactNode;
  /** One export (a card) or many (a list). */
  single: boolean;
  texts: FileImportTexts;
  /** The item's own part: its summary when read, its column choice when the columns were not found. */
  renderItem: (item: ImportItem<K>) => ReactNode;
  /** Names the list of items for screen readers. */
  listLabel?: string;
  /** Boxed: a card of its own (the export slots); otherwise part of a step. */
  boxed?: boolean;
  /** The level of each listed item's heading (its file), below the heading the list is under. */
  itemHeading?: 'h3' | 'h4';
  /**
   * In a list: which items can be taken away, and what the button says. An Otherside file
   * that read well gave a month to the history (removed there), so only a failed one goes.
   */
  removal?: { when: (item: ImportItem<K>) => boolean; text: MessageKey };
}

export function FileImport<K extends ImportKind>(props: Props<K>) {
  const { importer, slot, testId, inputTestId, itemTestId, title, intro, single, texts, renderItem, listLabel, boxed = false, itemHeading = 'h4', removal } = props;
  const { t } = useI18n();
  const host = useHost();
  const styles = useStyles();
  const [pasting, setPasting] = useState(false);
  const items = importer.list.items.filter((i) => (slot === undefined ? true : i.slot === slot));
  const busy = items.some(itemBusy);
  const folded = single && items.some((i) => itemReady(i)) && !pasting;
  const inExcel = host.kind === 'excel';
  const loadFiles = (files: File[]) => importer.loadFiles(files, slot);
  // A folded card takes a dropped file anywhere on it: there is no drop area to aim at.
  const drop = useFileDrop(!single, busy, loadFiles);

  // Outside Excel there is no selection to take: no button, and no advice to use one.
  const selection = (size: 'small' | 'medium') =>
    inExcel && (
      <SelectionButton size={size} disabled={busy} text={t('slot.useSelection')} hint={t('slot.useSelection.hint')} onClick={() => void importer.loadSelection(slot)} />
    );

  const picker = (variant: 'area' | 'button') => (
    <FileDropArea
      testId={inputTestId}
      disabled={busy}
      multiple={!single}
      accept={ACCEPT[importer.kind]}
      buttonText={variant === 'area' ? texts.pick : t('slot.otherFile')}
      {...(texts.pickLabel && variant === 'area' ? { buttonLabel: texts.pickLabel } : {})}
      hint={texts.drop}
      hintActive={texts.dropActive}
      variant={variant}
      onFiles={loadFiles}
    />
  );
  const choose = (
    <>
      {picker('area')}
      <div className={styles.row}>
        <Button disabled={busy} aria-expanded={pasting} data-testid="paste-open" {...preloadPastePanel} onClick={() => setPasting((p) => !p)}>
          {t('slot.paste.open')}
        </Button>
        {selection('medium')}
      </div>
    </>
  );

  return (
    <div
      className={mergeClasses(styles.root, boxed && styles.card, folded && drop.dragging && styles.dragging)}
      {...(title ? { role: 'group', 'aria-labelledby': `${testId}-title` } : {})}
      {...(folded ? drop.handlers : {})}
      data-testid={testId}
    >
      {title && (
        <h3 id={`${testId}-title`} className={styles.title}>
          {title}
        </h3>
      )}
      {intro}
      {!folded && choose}
      {pasting && (
        <PastePanel
          label={t('slot.paste.label', { slot: texts.pasteFor })}
          hint={t('slot.paste.hint')}
          readText={t('slot.paste.read')}
          closeText={t('slot.paste.close')}
          disabled={busy}
          onClose={() => setPasting(false)}
          onRead={(text) => {
            setPasting(false);
            importer.loadText(text, slot);
          }}
        />
      )}
      {items.length > 0 &&
        (single ? (
          items.map((item) => <ItemView key={item.id} item={item} importer={importer} testId={itemTestId} renderItem={renderItem} single />)
        ) : (
          <ul className={styles.list} aria-label={listLabel}>
            {items.map((item) => (
              <li key={item.id}>
                <ItemView item={item} importer={importer} testId={itemTestId} renderItem={renderItem} single={false} heading={itemHeading} {...(removal ? { removal } : {})} />
              </li>
            ))}
          </ul>
        ))}
      {folded && (
        <div className={styles.row}>
          {picker('button')}
          <Button size="small" onClick={() => setPasting(true)} data-testid="paste-open" aria-expanded={false} {...preloadPastePanel}>
            {t('slot.paste.short')}
          </Button>
          {selection('small')}
          <Button size="small" appearance="subtle" onClick={() => items.forEach((i) => importer.remove(i.id))} data-testid="slot-remove">
            {t('slot.remove')}
          </Button>
        </div>
      )}
    </div>
  );
}

interface ItemProps<K extends ImportKind> {
  item: ImportItem<K>;
  importer: Importer<K>;
  testId: string;
  renderItem: Props<K>['renderItem'];
  single: boolean;
  heading?: 'h3' | 'h4';
  removal?: Props<K>['removal'];
}

function ItemView<K extends ImportKind>({ item, importer, testId, renderItem, single, heading: Heading = 'h4', removal }: ItemProps<K>) {
  const { t, megabytes } = useI18n();
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const busy = itemBusy(item);
  const label = itemLabel(item);
  const wasBusy = useRef(busy);

  // A user's own load ends with focus on what it found (or on why it failed).
  useEffect(() => {
    if (wasBusy.current && !busy && item.origin === 'user') ref.current?.focus();
    wasBusy.current = busy;
  }, [busy, item.origin]);

  const read = item.read;
  const progressText = read
    ? t('import.readingBytes', { file: label, loaded: megabytes(read.loaded), total: megabytes(read.total) })
    : t('slot.reading', { file: label });

  return (
    <div ref={ref} tabIndex={-1} className={mergeClasses(styles.item, !single && styles.boxed)} data-testid={testId} data-phase={item.phase} aria-label={single ? undefined : label}>
      {!single && <Heading className={styles.name}>{label}</Heading>}
      {busy && (
        <div className={styles.row}>
          <Field className={styles.grow} validationMessage={progressText} validationState="none">
            <ProgressBar data-testid="import-progress" value={read ? read.loaded / read.total : undefined} aria-label={progressText} />
          </Field>
          <Button onClick={() => importer.cancel(item.id)} data-testid="import-cancel">
            {t('slot.cancel')}
          </Button>
        </div>
      )}
      {item.error && <NoticeBar notice={item.error} />}
      {item.error && <WarningList warnings={item.errorWarnings} title={t('summary.warnings')} />}
      {renderItem(item)}
      {!single && !busy && (removal?.when(item) ?? true) && (
        <div>
          <Button size="small" appearance="subtle" aria-label={`${t(removal?.text ?? 'slot.remove')}: ${label}`} onClick={() => importer.remove(item.id)}>
            {t(removal?.text ?? 'slot.remove')}
          </Button>
        </div>
      )}
      {single && !busy && !itemReady(item) && (
        <div>
          <Button size="small" appearance="subtle" onClick={() => importer.remove(item.id)} data-testid="slot-remove">
            {t('slot.remove')}
          </Button>
        </div>
      )}
    </div>
  );
}
