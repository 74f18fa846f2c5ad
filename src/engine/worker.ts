// The engine's module worker: instantiates the wasm core, exposes it through comlink, then says `ready`.
import * as Comlink from 'comlink';
import { createApiFromUrls } from './api';
import { WASM_URL } from './wasm-urls';

createApiFromUrls(WASM_URL).then(
  (api) => {
    Comlink.expose(api);
    postMessage({ type: 'ready' });
  },
  (e: Error) => postMessage({ type: 'failed', message: e.message }),
);
