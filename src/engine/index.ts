// The page's one engine, created on first use; its notices go to the page's notice area.
import { Engine } from './client';
import { notices } from '../state/notices.svelte';

let engine: Engine | null = null;

export function getEngine(): Engine {
  if (!engine) {
    engine = new Engine({ onNotice: (m) => notices.push(m, 'engine') });
    (globalThis as { __taoEngine?: Engine }).__taoEngine = engine;
  }
  return engine;
}
