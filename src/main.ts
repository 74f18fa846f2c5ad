// The article page's entry: applies the reader's theme, then mounts the live sections below the
// static masthead (which paints before any script or wasm loads).
import { mount } from 'svelte';
import './styles/global.css';
import App from './App.svelte';
import ThemeToggle from './article/ThemeToggle.svelte';

try {
  const theme = localStorage.getItem('tao-theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch {
  // No storage: follow the system.
}
const header = document.querySelector('.masthead');
if (header) mount(ThemeToggle, { target: header });
const target = document.getElementById('article');
if (target) mount(App, { target });
