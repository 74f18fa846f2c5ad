// The addresses a figure hands out: its permalink in the article, its embed page, the iframe snippet.
// All are built from where this script was served, so they hold on any sub-path.
import type { WidgetInfo } from '../embed/widgets';

/** The parts of a figure's share dialog. */
export type Section = 'link' | 'embed' | 'download' | 'cite';

/** The folder holding index.html and embed.html (the built chunks live one level down, in assets/). */
export function siteRoot(): URL {
  return import.meta.env.DEV ? new URL('/', location.href) : new URL(/* @vite-ignore */ '../', import.meta.url);
}

/** The article at this figure's section, with the figure's state (`query` as from stateQuery). */
export function permalink(info: WidgetInfo, query: string): string {
  const u = new URL('index.html', siteRoot());
  u.search = query;
  u.hash = info.section;
  return u.href;
}

/** The figure alone: embed/<name>.html in a build (the dev server has only embed.html?w=). */
export function embedUrl(info: WidgetInfo, query: string): string {
  if (import.meta.env.DEV) {
    const u = new URL('embed.html', siteRoot());
    u.search = `w=${info.name}${query ? `&${query}` : ''}`;
    return u.href;
  }
  const u = new URL(`embed/${info.name}.html`, siteRoot());
  u.search = query;
  return u.href;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe and the resize script a host pastes: a titled, full-width iframe at the suggested height. */
export function embedSnippet(info: WidgetInfo, query: string): string {
  const title = `${info.title} — TAO Paradox Explorer`;
  return [
    `<iframe title="${escapeAttr(title)}" src="${escapeAttr(embedUrl(info, query))}" width="100%" height="${info.height}" style="width:100%;max-width:960px;border:0" loading="lazy"></iframe>`,
    `<script src="${escapeAttr(new URL('embed.js', siteRoot()).href)}" async></script>`,
  ].join('\n');
}
