/**
 * The year part of the pane's stored state (invoice lines, signing exports and options).
 * Scaffold: the issue-4 pane work replaces this schema with the real one.
 */
import { z } from 'zod';

export const yearStoredSchema = z.object({}).strict();
export type YearStored = z.infer<typeof yearStoredSchema>;
