/** Every English text, by the same keys as nl.ts (the type makes a missing one a build error). */
import type { Texts } from './define';
import type { MessageCode } from './nl';
import { importsEn } from './imports.en';
import { billingEn } from './billing.en';
import { officeEn } from './office.en';
import { planEn } from './plan.en';
import { yearEn } from './year.en';
import { xpertEn } from './xpert.en';
import { pdfEn } from './pdf.en';
import { hostEn } from './host.en';
import { notesEn } from './notes.en';
import { locationEn } from './location.en';

export const en: Texts<MessageCode> = {
  ...importsEn,
  ...billingEn,
  ...officeEn,
  ...planEn,
  ...yearEn,
  ...xpertEn,
  ...pdfEn,
  ...hostEn,
  ...notesEn,
  ...locationEn,
};
