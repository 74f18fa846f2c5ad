// Saves a blob under a file name through a temporary link. A sandboxed iframe without allow-downloads
// blocks this silently, so callers warn where the page's origin is opaque.

export function download(blob: Blob, filename: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** True in a sandboxed iframe without allow-same-origin, where downloads are usually blocked too. */
export const opaqueOrigin = (): boolean => globalThis.origin === 'null';

/** A file-name-safe slug of a title. */
export const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'figure';
