// The embed page's entry: one widget by name (embed/<name>.html, or embed.html?w=<name>), its state from
// the same URL keys as the article's permalinks, and its height posted to the host page.
import { mount } from 'svelte';
import '../styles/global.css';
import './embed.css';
import Embed from './Embed.svelte';
import { widgetInfo } from './widgets';
import { postHeight } from './height';

const target = document.getElementById('embed');
if (target) {
  const params = new URLSearchParams(location.search.length > 4000 ? '' : location.search);
  const requested = target.dataset.figure || params.get('w');
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
  const info = widgetInfo(requested);
  mount(Embed, { target, props: { info, requested, root: target.dataset.root === '../' ? '../' : './' } });
  postHeight(info?.name ?? '');
}
