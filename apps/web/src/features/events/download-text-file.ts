/**
 * Saves text the app already holds as a file, through a temporary object URL. A byte-order mark goes in
 * front of CSV so spreadsheet programs read the UTF-8 (Polish, Swedish, Norwegian letters) correctly.
 */
export function downloadTextFile(fileName: string, text: string, type: string): void {
  const blob = new Blob([type === 'text/csv' ? '\uFEFF' : '', text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started; give the browser a moment before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: "Lokalne Spotkanie LABiB" → "lokalne-spotkanie-labib". */
export function fileSlug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'event'
  );
}
