/**
 * The Otherside part of the pane's stored state (the monthly history and the rates).
 * Scaffold: the issue-5 pane work replaces this schema with the real one.
 */
import { z } from 'zod';

export const xpertStoredSchema = z.object({}).strict();
export type XpertStored = z.infer<typeof xpertStoredSchema>;
