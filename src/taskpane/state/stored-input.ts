/**
 * How the pane stores what the user gave it (a file's bytes, pasted text or selected
 * cells) and where it came from. Shared by every stored import (exports, signing), so
 * all are validated by one schema when a workbook is reopened.
 */
import { z } from 'zod';

export const storedSourceSchema = z
  .object({
    label: z.string().max(500),
    fileName: z.string().max(500).optional(),
    gridOrigin: z.object({ row: z.number().int().min(1).max(1_048_576), column: z.number().int().min(0).max(16_383) }).strict().optional(),
  })
  .strict();

export const storedInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bytes'), base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict(),
  z.object({ kind: z.literal('text'), text: z.string() }).strict(),
  z.object({ kind: z.literal('grid'), grid: z.array(z.array(z.string())) }).strict(),
]);
