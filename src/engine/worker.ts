// The engine's module worker: instantiates the wasm core, exposes it through comlink, then says `ready`.
import * as Comlink from 'comlink';
import wasmUrl from '../../build/core.wasm?url';
import { createApiFromUrl } from './api';

createApiFromUrl(wasmUrl).then(
  (api) => {
    Comlink.expose(api);
    postMessage({ type: 'ready' });
  },
  (e: Error) => postMessage({ type: 'failed', message: e.message }),
);
