// <tao-widget name="stake" query="tao=500&trade=100">: the opt-in custom element, for hosts whose policy
// allows our script (the iframe stays the default; README, "Embedding a figure"). One script,
// tao-widget.js, built by a second pass (vite.config.ts, customElementBuild) with each component's CSS
// injected where it renders: into the element's shadow root, with the page's CSS variables, never into
// the host's document. Chunks, the worker and the wasm are found relative to this script
// (import.meta.url). The widget's state comes from the `query` attribute, never from the host's
// URL, which is neither read nor written (page-state's detached mode).
import { mount } from 'svelte';
import globalCss from '../styles/global.css?inline';
import Element from './Element.svelte';
import { widgetInfo } from './widgets';
import { loadWidget } from './load';
import { detachFromUrl } from '../state/page-state.svelte';
import { RESERVED } from '../state/url';

/** The page's stylesheet, scoped to the shadow root: variables and themes on :host, the page's base
 *  type on the wrapper (so the host's inherited colour and size stop there), no html/body rules. */
export function shadowCss(css: string): string {
  // The stylesheet arrives minified (quotes around attribute values dropped), or not, in development.
  return css
    .replace(/:root:not\(\[data-theme=['"]?light['"]?\]\)/g, ":host(:not([theme='light']))")
    .replace(/:root\[data-theme=['"]?(dark|light)['"]?\]/g, ":host([theme='$1'])")
    .replace(/:root/g, ':host')
    .replace(/(^|[}\s])html\s*\{/g, '$1.tao-root{')
    .replace(/(^|[}\s])body\s*\{[^}]*\}/g, '$1');
}

// A fixed base size: the article's 112.5% would scale with whatever size the host's element inherits.
const HOST_CSS = ':host{display:block;max-width:960px}.tao-root{padding:0.5rem;font-family:system-ui,sans-serif;font-size:18px;text-align:start}';
/** The site's root: this script sits there (dist/tao-widget.js). */
const SITE = new URL(/* @vite-ignore */ './', import.meta.url).href;

class TaoWidget extends HTMLElement {
  async connectedCallback(): Promise<void> {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = shadowCss(globalCss) + HOST_CSS;
    const target = document.createElement('div');
    target.className = 'tao-root';
    root.append(style, target);
    const requested = this.getAttribute('name');
    const info = widgetInfo(requested);
    if (!info) {
      target.textContent = `There is no figure called ${JSON.stringify((requested ?? '').slice(0, 40))}.`;
      return;
    }
    // The permalink's keys without the widget's prefix (`tao=500`); v and mv as they are.
    const raw = (this.getAttribute('query') ?? '').replace(/^\?/, '');
    const query = new URLSearchParams();
    for (const [k, v] of new URLSearchParams(raw.length > 2000 ? '' : raw)) query.append(RESERVED.has(k) ? k : `${info.prefix}.${k}`, v);
    detachFromUrl(info.prefix, query.toString());
    try {
      const loaded = await loadWidget(info);
      mount(Element, { target, props: { info, loaded, site: SITE } });
    } catch (e) {
      target.textContent = `The figure could not load: ${(e as Error).message}`;
    }
  }
}

if (!customElements.get('tao-widget')) customElements.define('tao-widget', TaoWidget);
