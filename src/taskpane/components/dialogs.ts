/** The pane's questions after 'Maak' (taken sheet names, many employer sheets): one chunk, see lazy-dialogs.tsx. */
export { ConflictDialog } from './ConflictDialog';
export { ConfirmSheetsDialog } from '../year/ConfirmSheetsDialog';
