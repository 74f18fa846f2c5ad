// The embed page's entry: one widget by name (embed/<name>.html, or embed.html?w=<name>), its state from
// the same URL keys as the article's permalinks, and its height posted to the host page.
import { mount } from 'svelte';
import '../styles/global.css';
import './embed.css';
import Embed from './Embed.svelte';
import { widgetInfo } from './widgets';
import { postHeight } from './height';
import { linkParams } from '../state/link';

const target = document.getElementById('embed');
if (target) {
  const params = linkParams(location.search);
  // The figure's name is read even from a link too long for its settings: the figure then opens at
  // its defaults and says why, instead of the page not knowing which figure it shows.
  const requested = target.dataset.figure || new URLSearchParams(location.search).get('w');
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
  const info = widgetInfo(requested);
  mount(Embed, { target, props: { info, requested, root: target.dataset.root === '../' ? '../' : './' } });
  postHeight(info?.name ?? '');
}
