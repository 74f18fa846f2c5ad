// "Cite this" for one figure's state: a plain-text reference and a BibTeX entry, both with the permalink.
import type { WidgetInfo } from '../embed/widgets';

export const ARTICLE_TITLE = 'The Vampirism Paradox, tested';

export interface Citation {
  plain: string;
  bibtex: string;
}

/** `accessed` is YYYY-MM-DD; `url` the figure's permalink. */
export function citation(info: WidgetInfo, url: string, modelVersion: number, accessed: string): Citation {
  const year = accessed.slice(0, 4);
  const plain = `TAO Paradox Explorer. “${info.title}” (interactive figure, model version ${modelVersion}). In ${ARTICLE_TITLE}. ${url}. Accessed ${accessed}.`;
  // BibTeX keys and values: only characters that need no escaping in the key; braces balanced in values.
  const key = `tao_explorer_${info.name.replace(/[^a-z0-9]+/gi, '_')}_${accessed.replace(/-/g, '')}`;
  const safe = (s: string) => s.replace(/[{}\\]/g, '');
  const bibtex = [
    `@misc{${key},`,
    `  title        = {${safe(info.title)} (interactive figure, model version ${modelVersion})},`,
    `  author       = {{TAO Paradox Explorer}},`,
    `  booktitle    = {${ARTICLE_TITLE}},`,
    `  year         = {${year}},`,
    `  howpublished = {\\url{${safe(url)}}},`,
    `  urldate      = {${accessed}}`,
    '}',
  ].join('\n');
  return { plain, bibtex };
}

/** Today's date in the reader's time zone, YYYY-MM-DD. */
export function today(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
