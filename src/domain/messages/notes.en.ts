import type { Texts } from './define';
import type { notesNl } from './notes.nl';

export const notesEn: Texts<keyof typeof notesNl> = {
  'note.onlyInPrevious': 'Only in last year’s export',
  'note.onlyInCurrent': 'New: not in last year’s export',
  'note.negativeActive': 'More inactive (G) than total (F)',
  'note.summedRows': 'Summed from rows {rows}',
  'note.summedRowsPrevious': 'Last year summed from rows {rows}',
  'note.renamed': 'Last year: {name}',
  'note.negative': 'Negative dossier count: no dossier charge',
  'note.signingOnly': 'Not in the dossier count: signing only',

  'cause.destroyedDossiers.short': 'Destroyed dossiers (retention)',
  'cause.destroyedDossiers.long':
    'Qwoater destroys dossiers daily once their retention period ends. Loket may still count them, so the invoice counts slightly fewer dossiers than Loket. The difference changes over time.',
  'cause.linkedSystems.short': 'QwoaterDirect or linked system',
  'cause.linkedSystems.long': 'Dossiers created directly in QwoaterDirect or another linked system are not in Loket’s counts. The invoice then counts more dossiers than Loket.',
  'cause.signingUnknownEmployers.short': 'Signing outside Loket',
  'cause.signingUnknownEmployers.long': 'Signing requests for employers or employees that Loket does not know are not in Loket’s report, but are invoiced.',
  'cause.signingIncluded.short': 'Signing is included',
  'cause.signingIncluded.long': 'Your subscription includes digital signing; there should be no separate charge for it.',
};
