/**
 * Long sentences are split over rows at word boundaries, so they fit the printed page and
 * the width of the five columns without merged cells or row heights.
 */
export function splitLines(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '  ' + word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
