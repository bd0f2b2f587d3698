/**
 * Cells show a file's name, never the path it was read from: a path says something about
 * the user's computer that does not belong in a workbook they pass on.
 */
export function fileName(label: string): string {
  const parts = label.split(/[\\/]/);
  return parts[parts.length - 1] || label;
}

/** A message with every path of the given sources shortened to its file name. */
export function withoutPaths(text: string, labels: readonly string[]): string {
  let out = text;
  // Longest first, so a path that contains another is replaced whole.
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    const name = fileName(label);
    if (name !== label) out = out.split(label).join(name);
  }
  return out;
}
