// Where the built site keeps each domain's wasm (Vite fingerprints and emits them as assets).
import yumaUrl from '../../build/yuma.wasm?url';
import marketUrl from '../../build/market.wasm?url';
import claimsUrl from '../../build/claims.wasm?url';
import type { Domain } from './core';

export const WASM_URL: Record<Domain, string> = { yuma: yumaUrl, market: marketUrl, claims: claimsUrl };
