import { build, defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { buildCore } from './scripts/asbuild.mjs';
import { writeEmbedPages } from './scripts/embed-pages.ts';

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

/** After a build: one page and one oEmbed descriptor per widget in embed/ (scripts/embed-pages.ts). */
function embedPages(): Plugin {
  let outDir = 'dist';
  return {
    name: 'embed-pages',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      writeEmbedPages(outDir);
    },
  };
}

/** An embed registers its own domain's citations (src/embed/load.ts). Those modules are also in the
 *  article's first load (its bibliography); shared, they would become chunks of their own there and the
 *  article would load more, smaller files. So load.ts gets its own copy of each (`?embed-copy`, without
 *  the notes) and src/embed/source-details.ts another (`?embed-details`, whole): the article's chunks
 *  stay as they were, and each copy lands in the one embed that needs it. */
function embedSourceCopies(): Plugin {
  return {
    name: 'embed-source-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const copy = !importer ? null : /[\\/]src[\\/]embed[\\/]load\.ts$/.test(importer) ? 'embed-copy' : /[\\/]src[\\/]embed[\\/]source-details\.ts$/.test(importer) ? 'embed-details' : null;
      if (!copy || !/[\\/]sources([\\/-][a-z-]+)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && !resolved.id.includes('?') ? `${resolved.id}?${copy}` : null;
    },
    // The copy keeps each citation's label and link; its note (`detail`) is fetched when the reader
    // points at the citation (src/embed/source-details.ts), so it stays out of the embed's first load.
    transform(code, id) {
      return id.endsWith('?embed-copy') ? code.replace(/^ *detail: (?:'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`),\n/gm, '') : null;
    },
  };
}

/** After the site's build, a second pass: <tao-widget>'s one script, dist/tao-widget.js (src/embed/element.ts),
 *  with each component's CSS injected into the shadow root it renders in (not extracted to files the
 *  host's document would load) and no modulepreload links written into the host's head. Its chunks,
 *  worker and wasm go to assets/ and are found relative to the script (base './', import.meta.url). */
function customElementBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'custom-element-build',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        base: './',
        logLevel: 'warn',
        plugins: [embedSourceCopies(), svelte({ emitCss: false, compilerOptions: { css: 'injected' } })],
        worker: { format: 'es' },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2022',
          modulePreload: false,
          assetsInlineLimit: (file: string) => (file.endsWith('.wasm') ? false : undefined),
          rolldownOptions: {
            input: { 'tao-widget': 'src/embed/element.ts' },
            output: { entryFileNames: '[name].js', chunkFileNames: 'assets/el-[name]-[hash].js' },
          },
        },
      });
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [embedSourceCopies(), svelte(), rebuildCoreOnChange(), embedPages(), customElementBuild()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    assetsInlineLimit: (file: string) => (file.endsWith('.wasm') ? false : undefined),
    // Every browser the site runs in (ES2022, module workers, wasm) knows <link rel="modulepreload">.
    modulePreload: false,
    // The article and the embed page; the manifest lets the size check follow each embed's chunks.
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
    manifest: true,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
