/** Every Dutch text of the engine and the writers' messages, by stable key (the CLI keeps its own, in src/cli). */
import { importsNl } from './imports.nl';
import { billingNl } from './billing.nl';
import { officeNl } from './office.nl';
import { planNl } from './plan.nl';
import { yearNl } from './year.nl';
import { xpertNl } from './xpert.nl';
import { pdfNl } from './pdf.nl';
import { hostNl } from './host.nl';
import { notesNl } from './notes.nl';
import { locationNl } from './location.nl';

export const nl = {
  ...importsNl,
  ...billingNl,
  ...officeNl,
  ...planNl,
  ...yearNl,
  ...xpertNl,
  ...pdfNl,
  ...hostNl,
  ...notesNl,
  ...locationNl,
};

export type MessageCode = keyof typeof nl;
