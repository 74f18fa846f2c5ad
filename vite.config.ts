import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { buildCore } from './scripts/asbuild.mjs';

/** In dev, rebuilds the wasm core when a file in assembly/ changes, then reloads the page. */
function rebuildCoreOnChange(): Plugin {
  return {
    name: 'rebuild-core-on-change',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add('assembly');
      server.watcher.on('all', async (event, file) => {
        if (event !== 'change' && event !== 'add') return;
        if (!/(^|[\\/])assembly[\\/].*\.ts$/.test(file)) return;
        try {
          await buildCore();
          server.ws.send({ type: 'full-reload' });
        } catch (e) {
          server.config.logger.error(String((e as Error).message));
        }
      });
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte(), rebuildCoreOnChange()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    assetsInlineLimit: (file: string) => (file.endsWith('.wasm') ? false : undefined),
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
