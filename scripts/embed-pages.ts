// Writes, after a build, one page and one oEmbed descriptor per widget into <outDir>/embed/:
// <name>.html (the built embed.html for that widget, with its title, its oEmbed link and, for readers
// without JavaScript, a picture of the figure at its defaults and a link) and <name>.oembed.json.
// oEmbed wants absolute URLs, which a build for an unknown sub-path cannot know: set SITE_URL
// (e.g. https://example.org/tao/) when building to get them; without it the URLs are relative to
// the descriptor's own address, which oEmbed consumers do not resolve (see README, "Embedding a figure").
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGETS, type WidgetInfo } from '../src/embed/widgets.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  if (bytes.length < 24 || sig.some((b, k) => bytes[k] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** SITE_URL as a folder URL, or null when unset; anything but http(s) is refused. */
export function siteUrl(raw = process.env.SITE_URL): string | null {
  if (!raw) return null;
  const u = new URL(raw);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`SITE_URL must be http(s): ${raw}`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

export function widgetPage(template: string, w: WidgetInfo, image: { width: number; height: number } | null): string {
  const title = `${w.title} — TAO Paradox Explorer`;
  const fallback = image
    ? `<a href="../index.html#${w.section}" target="_blank" rel="noopener"><img src="${w.name}.png" width="${image.width}" height="${image.height}" alt="${escapeHtml(`${w.title}, at the article's default settings`)}" /></a>`
    : '';
  return template
    .replaceAll('"./assets/', '"../assets/')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace('</head>', `  <link rel="alternate" type="application/json+oembed" href="${w.name}.oembed.json" title="${escapeHtml(title)}" />\n  </head>`)
    .replace('data-figure=""', `data-figure="${w.name}"`)
    .replace('data-root="./"', 'data-root="../"')
    .replace(/<noscript>[\s\S]*?<\/noscript>/, `<noscript>${fallback}<p class="noscript">${escapeHtml(w.title)} is computed in your browser and needs JavaScript${image ? '; above, the figure at its default settings' : ''}. <a href="../index.html#${w.section}" target="_blank" rel="noopener">Read it in the article.</a></p></noscript>`);
}

export function oembed(w: WidgetInfo, site: string | null, image: { width: number; height: number } | null): object {
  const at = (path: string) => (site ? new URL(path, site).href : path.replace(/^embed\//, ''));
  const title = `${w.title} — TAO Paradox Explorer`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'TAO Paradox Explorer',
    ...(site ? { provider_url: site } : {}),
    width: 760,
    height: w.height,
    html: `<iframe title="${escapeHtml(title)}" src="${at(`embed/${w.name}.html`)}" width="100%" height="${w.height}" style="width:100%;max-width:960px;border:0" loading="lazy"></iframe><script src="${at('embed.js').replace(/^embed\.js$/, '../embed.js')}" async></script>`,
    ...(image ? { thumbnail_url: at(`embed/${w.name}.png`), thumbnail_width: image.width, thumbnail_height: image.height } : {}),
  };
}

export function writeEmbedPages(outDir: string, site = siteUrl()): string[] {
  const template = readFileSync(join(outDir, 'embed.html'), 'utf8');
  const dir = join(outDir, 'embed');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const w of WIDGETS) {
    const png = join(dir, `${w.name}.png`);
    const image = existsSync(png) ? pngSize(readFileSync(png)) : null;
    writeFileSync(join(dir, `${w.name}.html`), widgetPage(template, w, image));
    writeFileSync(join(dir, `${w.name}.oembed.json`), `${JSON.stringify(oembed(w, site, image), null, 2)}\n`);
    written.push(`embed/${w.name}.html`, `embed/${w.name}.oembed.json`);
  }
  return written;
}
