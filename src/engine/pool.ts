// A small pool of engine workers (one per core, at most 8) shared by every claim map on the page,
// which also runs each claim's tornado and plausible-worlds sample.
// A map's sweep is a coarse grid first, then the full grid, in tiles of rows; tiles stream back as
// they finish. Each map has its own session: its new sweep cancels its old one (queued tiles are
// dropped, late ones ignored) without touching the other maps' sweeps.
import { Engine } from './client';
import { notices } from '../state/notices.svelte';
import type { ParamValues } from '../state/schema';
import type { ClaimId } from '../models/claims';
import type { ClaimSweepInput, ClaimTornadoInput, ClaimWorldsInput } from '../models/claims-compute';

export interface SweepRequest {
  claim: ClaimId;
  params: ParamValues;
  axisA: string;
  axisB: string;
  /** Full-resolution axis values; the coarse pass uses every `coarseStep`-th of them. */
  aValues: number[];
  bValues: number[];
  coarseStep: number;
}

export interface SweepTile {
  /** 'coarse' tiles cover the grid sparsely, 'fine' tiles fill every cell. */
  pass: 'coarse' | 'fine';
  /** Indices into the full axes of the cells this tile holds (rows = b, columns = a). */
  rows: number[];
  cols: number[];
  margins: Float64Array;
}

interface Job {
  session: SweepSession;
  gen: number;
  /** The engine method and its input (the worker runs `api.run(method, input)`). */
  method: 'claim-sweep' | 'claim-worlds' | 'claim-tornado';
  input: unknown;
  deliver: (result: unknown) => void;
  done: (ok: boolean) => void;
  /** Runs before every job that is not urgent (a tornado, the first slice of worlds). */
  urgent?: boolean;
}

const ROWS_PER_TILE = 8;
const range = (n: number, step: number) => Array.from({ length: Math.ceil(n / step) }, (_, k) => k * step);

export class SweepSession {
  gen = 0;
  constructor(private readonly pool: SweepPool) {}

  /** Starts a sweep, cancelling this session's previous one; resolves true when every tile arrived. */
  sweep(req: SweepRequest, onTile: (t: SweepTile) => void): Promise<boolean> {
    const gen = ++this.gen;
    const tiles: Omit<SweepTile, 'margins'>[] = [];
    const coarseCols = range(req.aValues.length, req.coarseStep);
    const coarseRows = range(req.bValues.length, req.coarseStep);
    for (let r = 0; r < coarseRows.length; r += ROWS_PER_TILE) tiles.push({ pass: 'coarse', rows: coarseRows.slice(r, r + ROWS_PER_TILE), cols: coarseCols });
    const allRows = range(req.bValues.length, 1);
    const allCols = range(req.aValues.length, 1);
    for (let r = 0; r < allRows.length; r += ROWS_PER_TILE) tiles.push({ pass: 'fine', rows: allRows.slice(r, r + ROWS_PER_TILE), cols: allCols });
    let left = tiles.length;
    return new Promise<boolean>((resolve) => {
      for (const tile of tiles) {
        const input: ClaimSweepInput = {
          id: req.claim, params: req.params, axisA: req.axisA, axisB: req.axisB,
          aValues: tile.cols.map((c) => req.aValues[c]), bValues: tile.rows.map((r) => req.bValues[r]),
        };
        this.pool.enqueue({
          session: this, gen, method: 'claim-sweep', input,
          deliver: (margins) => onTile({ ...tile, margins: margins as Float64Array }),
          done: (ok) => {
            if (!ok) return resolve(false);
            if (--left === 0) resolve(true);
          },
        });
      }
    });
  }

  /** One job on the pool under this session's current work (a cancel() drops it); resolves with its
   *  result, or null when cancelled. Urgent jobs run before the maps' tiles. */
  call<T>(method: 'claim-worlds' | 'claim-tornado', input: ClaimWorldsInput | ClaimTornadoInput, urgent = false): Promise<T | null> {
    return new Promise((resolve) => {
      let result: T | null = null;
      this.pool.enqueue({
        session: this, gen: this.gen, method, input, urgent,
        deliver: (r) => (result = r as T),
        done: (ok) => resolve(ok ? result : null),
      });
    });
  }

  cancel(): void {
    this.gen++;
  }
}

export class SweepPool {
  private engines: Engine[] = [];
  private queue: Job[] = [];
  private busy: boolean[] = [];
  readonly size: number;

  /** One worker per core less one: the page and its main worker keep a core, so a figure's own result
   *  is not queued behind the map's tiles (on two cores the sweep of the heaviest map takes about 10%
   *  longer, and the figure's update misses the next frame a sixth as often). */
  constructor(size = Math.min(8, Math.max(1, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1))) {
    this.size = size;
  }

  session(): SweepSession {
    return new SweepSession(this);
  }

  enqueue(job: Job): void {
    const at = job.urgent ? this.queue.findIndex((j) => !j.urgent) : -1;
    if (at < 0) this.queue.push(job);
    else this.queue.splice(at, 0, job);
    for (let k = 0; k < this.size; k++) if (!this.busy[k]) void this.drain(k);
  }

  private async drain(k: number): Promise<void> {
    this.busy[k] = true;
    try {
      while (this.queue.length) {
        const job = this.queue.shift()!;
        if (job.gen !== job.session.gen) {
          job.done(false);
          continue;
        }
        this.engines[k] ??= new Engine({ onNotice: (m) => notices.push(m, 'engine') });
        const run = (api: { run: unknown }) => (api.run as (m: Job['method'], i: unknown) => Promise<unknown>)(job.method, job.input);
        try {
          const result = await this.engines[k].call(run);
          if (job.gen !== job.session.gen) job.done(false);
          else {
            job.deliver(result);
            job.done(true);
          }
        } catch {
          job.done(false);
        }
      }
    } finally {
      this.busy[k] = false;
    }
  }
}

let shared: SweepPool | null = null;
export function getSweepPool(): SweepPool {
  if (!shared) {
    shared = new SweepPool();
    (globalThis as { __taoSweepPool?: SweepPool }).__taoSweepPool = shared;
  }
  return shared;
}
