import type { Texts } from './define';
import type { officeNl } from './office.nl';
import { p } from './define';
/**
 * Messages for talking to Excel. Each names what the user can do next; `detail` carries
 * Excel's own code and text so nothing is lost when a user forwards the message to support.
 */
export const officeEn: Texts<keyof typeof officeNl> = {
  'office.invalidArgument': (x) => `Excel refused a Factuurcheck command as invalid (${p(x, 'detail')}). This is probably a bug in Factuurcheck: please report it with this text. The workbook was not changed.`,
  'office.itemAlreadyExists': (x) => `A sheet, table or name with this name already exists (${p(x, 'detail')}). Rename or delete the existing one and try again.`,
  'office.itemNotFound': (x) => `Excel could not find a sheet or range (${p(x, 'detail')}). Was a sheet deleted or renamed meanwhile? Try again.`,
  'office.accessDenied': (x) => `Excel does not allow the change: the workbook or a sheet is protected, or the workbook is open read-only (${p(x, 'detail')}). Unprotect it (Review > Unprotect) or choose 'Edit Workbook', and try again.`,
  'office.cellEditing': (x) => `Excel is editing a cell (${p(x, 'detail')}). Press Enter or Esc and try again.`,
  'office.invalidSelection': (x) => `Excel cannot read the current selection (${p(x, 'detail')}). Select one block of cells on a worksheet (not a chart, a shape or several areas) and try again.`,
  'office.payloadTooLarge': (x) => `Excel cannot take or return this much data at once, not even in smaller pieces (${p(x, 'detail')}). Excel on the web allows 5 MB at a time. The workbook was not changed. Try it in Excel on Windows or Mac, or report it with this text.`,
  'office.formulaTooLong': (x) => `A Factuurcheck formula is too long for Excel (${p(x, 'detail')}). The workbook was not changed. A staffel with many tiers makes formulas long: use fewer tiers, or report it with this text.`,
  'office.dialogOpen': (x) => `A dialog is open in Excel (${p(x, 'detail')}). Close it and try again.`,
  'office.conflict': (x) => `Excel could not make the change: something in the workbook is in the way, or someone else is editing it at the same time (${p(x, 'detail')}). The workbook was not changed. Try again in a moment.`,
  'office.inactiveWorkbook': (x) => `Excel only works with the workbook in front (${p(x, 'detail')}). Click in the workbook where Factuurcheck is open and try again.`,
  'office.linksBlocked': (x) => `Excel is holding back links to other workbooks or a data source in this workbook (${p(x, 'detail')}). Allow them through the bar above the workbook or through Data, and try again.`,
  'office.busy': (x) => `Excel could not carry out the command just now (${p(x, 'detail')}). Wait a moment and try again; if it still fails, save the workbook and open it again.`,
  'office.apiNotFound': (x) => `This version of Excel lacks a feature Factuurcheck needs (${p(x, 'detail')}). Update Excel (Microsoft 365 or Excel 2021 and later) or use Excel on the web.`,
  'office.general': (x) => `Excel reported an error (${p(x, 'detail')}). Try again; if it keeps failing, save the workbook and restart Excel.`,
  'office.unknown': (x) => `Unexpected error while working with Excel (${p(x, 'detail')}). Please report it with this text.`,
  'office.aborted': () => 'Cancelled. The workbook was not changed.',
  'office.rollbackFailed': (x) => `Writing failed (${p(x, 'cause')}) and Factuurcheck could not clean up the half-written sheets (${p(x, 'detail')}). Please delete these sheets yourself: ${p(x, 'sheets')}.`,
  'office.finishedWithError': (x) => `Excel reported an error while finishing (${p(x, 'cause')}), but the new sheets are complete and the old versions were removed. Check the workbook to be sure.`,
  'office.tableRenamed': (x) => `The table name ${p(x, 'wanted')} is already used in this workbook; the table is now called ${p(x, 'actual')}.`,
  'office.nameInUse': (x) => `The name ${p(x, 'name')} already exists in this workbook and is not Factuurcheck's; it was left as it was. Factuurcheck's formulas do not use it.`,
  'office.stateUnreadable': (x) => `The Factuurcheck data saved in this workbook is unreadable (${p(x, 'detail')}); it is not used.`,
};

