/**
 * Offers the re-billing CSV as a download from the task pane, in Excel and standalone
 * alike: a Blob link is plain DOM, no Office API, so it works wherever the pane runs.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
