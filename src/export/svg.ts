// A chart's <svg> as a file that stands alone: computed styles inlined (so CSS variables and the page's
// theme are resolved), canvases painted in as images, and a title above and the source and the
// state's URL below, written into the image.

export interface ExportMeta {
  title: string;
  source: string;
  url: string;
}

const NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'visibility', 'paint-order', 'shape-rendering',
];
const PAD = 16;
const TITLE_SIZE = 16;
const FOOT_SIZE = 11;

/** Copies each element's computed style into its clone, pairwise by document order. */
function inlineStyles(from: Element, to: Element): void {
  const a = [from, ...from.querySelectorAll('*')];
  const b = [to, ...to.querySelectorAll('*')];
  a.forEach((el, k) => {
    const css = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${css.getPropertyValue(p)}`).join(';');
    b[k].setAttribute('style', style);
    b[k].removeAttribute('class');
  });
}

/** foreignObject canvases (the claim map) become <image>s of their pixels. */
function paintCanvases(from: Element, to: Element): void {
  const src = [...from.querySelectorAll('foreignObject')];
  [...to.querySelectorAll('foreignObject')].forEach((fo, k) => {
    const canvas = src[k].querySelector('canvas');
    const img = document.createElementNS(NS, 'image');
    for (const attr of ['x', 'y', 'width', 'height']) img.setAttribute(attr, fo.getAttribute(attr) ?? '0');
    if (canvas) img.setAttribute('href', canvas.toDataURL('image/png'));
    fo.replaceWith(img);
  });
}

/** Splits text into lines of at most `chars` characters at spaces (a longer word is cut). */
export function wrapWords(text: string, chars: number): string[] {
  const n = Math.max(20, Math.floor(chars));
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= n) lines[last] += ` ${word}`;
    else lines.push(...wrap(word, n));
  }
  return lines.length ? lines : [''];
}

/** Splits long text (a URL) into lines of at most `chars` characters. */
export function wrap(text: string, chars: number): string[] {
  const n = Math.max(20, Math.floor(chars));
  const out: string[] = [];
  for (let k = 0; k < text.length; k += n) out.push(text.slice(k, k + n));
  return out.length ? out : [''];
}

function text(x: number, y: number, size: number, weight: string, fill: string, value: string): SVGTextElement {
  const t = document.createElementNS(NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('style', `font:${weight} ${size}px system-ui,sans-serif;fill:${fill}`);
  t.textContent = value;
  return t;
}

export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/** The chart `svg` as a standalone SVG document with `meta` written in. */
export function standaloneSvg(svg: SVGSVGElement, meta: ExportMeta): StandaloneSvg {
  const box = svg.getBoundingClientRect();
  const w = Math.ceil(Math.max(box.width, Number(svg.getAttribute('width')) || 0, 280));
  const h = Math.ceil(Math.max(box.height, Number(svg.getAttribute('height')) || 0));
  const root = getComputedStyle(svg);
  const paper = root.getPropertyValue('--paper').trim() || '#ffffff';
  const ink = root.getPropertyValue('--ink').trim() || '#1b1b1f';
  const muted = root.getPropertyValue('--muted').trim() || '#55565e';

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  paintCanvases(svg, chart);
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(PAD + TITLE_SIZE + 10));
  chart.setAttribute('width', String(w));
  chart.setAttribute('height', String(h));
  chart.setAttribute('overflow', 'visible');
  for (const a of ['role', 'aria-label']) chart.removeAttribute(a);

  const width = w + 2 * PAD;
  const chars = (width - 2 * PAD) / (FOOT_SIZE * 0.6);
  const footLines = [...wrapWords(`Source: ${meta.source}`, chars), ...wrap(meta.url, chars)];
  const footTop = PAD + TITLE_SIZE + 10 + h + 18;
  const height = footTop + (footLines.length - 1) * (FOOT_SIZE + 4) + PAD;

  const out = document.createElementNS(NS, 'svg');
  out.setAttribute('xmlns', NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const title = document.createElementNS(NS, 'title');
  title.textContent = meta.title;
  const desc = document.createElementNS(NS, 'desc');
  desc.textContent = `${svg.getAttribute('aria-label') ?? meta.title}. Source: ${meta.source}. ${meta.url}`;
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', paper);
  out.append(title, desc, bg, text(PAD, PAD + TITLE_SIZE, TITLE_SIZE, '600', ink, meta.title), chart);
  footLines.forEach((line, k) => out.append(text(PAD, footTop + k * (FOOT_SIZE + 4), FOOT_SIZE, '400', muted, line)));
  const serialized = new XMLSerializer().serializeToString(out);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${serialized}`, width, height };
}
