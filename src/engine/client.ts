// The page's handle on the engine: one worker, ready before the first call, latest-wins lanes,
// restart on death, and the main-thread fallback where no Worker can be created.
import * as Comlink from 'comlink';
import type { EngineApi } from './api';

type Api = Comlink.Remote<EngineApi> | EngineApi;
export type Job<T> = (api: Api) => Promise<T> | T;

export interface EngineOptions {
  /** Shown to the reader when the engine had to restart. */
  onNotice?: (message: string) => void;
  /** A call with no answer after this long counts as a dead worker. */
  timeoutMs?: number;
  /** Creates the worker; tests and embeds may replace it. Throwing selects the main-thread fallback. */
  createWorker?: () => Worker;
}

class EngineDied extends Error {
  override name = 'EngineDied';
}

const defaultWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'tao-engine' });

/** A trap in the wasm, a worker error or a call that never returns: the instance cannot be trusted. */
function isFatal(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  return name === 'EngineDied' || name === 'RuntimeError';
}

export class Engine {
  private worker: Worker | null = null;
  private api: Promise<Api> | null = null;
  private died: Promise<never> = new Promise(() => {});
  private generation = 0;
  private fallbackSaid = false;
  readonly timeoutMs: number;
  restarts = 0;
  mode: 'worker' | 'main-thread' | 'starting' = 'starting';

  constructor(private readonly options: EngineOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 4000;
  }

  private start(): Promise<Api> {
    const gen = ++this.generation;
    let worker: Worker;
    try {
      worker = (this.options.createWorker ?? defaultWorker)();
    } catch {
      return this.startMainThread();
    }
    this.worker = worker;
    let kill: (e: Error) => void = () => {};
    this.died = new Promise<never>((_, reject) => (kill = reject));
    this.died.catch(() => {});
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      if (gen === this.generation) kill(new EngineDied(`worker error: ${ev.message || 'unknown'}`));
    });
    return new Promise<Api>((resolve, reject) => {
      const onMessage = (ev: MessageEvent) => {
        const type = ev.data?.type;
        if (type !== 'ready' && type !== 'failed') return;
        worker.removeEventListener('message', onMessage);
        if (type === 'ready') {
          this.mode = 'worker';
          resolve(Comlink.wrap<EngineApi>(worker));
        } else reject(new Error(String(ev.data.message)));
      };
      worker.addEventListener('message', onMessage);
      this.died.catch(reject);
    }).catch((e) => {
      if (gen !== this.generation || this.mode === 'worker') throw e;
      // A worker that cannot even start (module workers unsupported, blocked by policy): run here instead.
      worker.terminate();
      return this.startMainThread();
    });
  }

  private async startMainThread(): Promise<Api> {
    this.worker = null;
    this.died = new Promise(() => {});
    this.mode = 'main-thread';
    if (!this.fallbackSaid) {
      this.fallbackSaid = true;
      console.info('TAO Paradox Explorer: no Web Worker available here; the simulation runs on the main thread.');
    }
    const [{ createApiFromUrls }, { WASM_URL }] = await Promise.all([import('./api'), import('./wasm-urls')]);
    return createApiFromUrls(WASM_URL);
  }

  private ready(): Promise<Api> {
    this.api ??= this.start();
    return this.api;
  }

  private restart(reason: string): void {
    this.restarts++;
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.mode = 'starting';
    this.options.onNotice?.(`The simulation stopped (${reason}) and was restarted; the figures show fresh results.`);
  }

  /** Runs a job; a dead or trapped engine is restarted and the job sent once more. */
  async call<T>(job: Job<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const gen = this.generation;
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const api = await this.ready();
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new EngineDied(`no answer in ${this.timeoutMs} ms`)), this.timeoutMs);
        });
        return await Promise.race([Promise.resolve(job(api)), this.died, timeout]);
      } catch (e) {
        if (!isFatal(e) || attempt >= 2) throw e;
        if (gen === this.generation) this.restart(e instanceof Error ? e.message : 'error');
      } finally {
        clearTimeout(timer);
      }
    }
  }

  /** One lane per widget: one request in flight, and only the newest waiting one is sent next. */
  lane<T>(onResult: (r: T, final: boolean) => void, onError: (e: Error) => void = (e) => console.error(e)): Lane<T> {
    return new Lane<T>(this, onResult, onError);
  }

  /** Test hook: kills the worker without telling the engine, as a crash would. */
  kill(): void {
    this.worker?.terminate();
  }
}

/** A lane's unit of work: one job, or stages sent in order whose results are each delivered. */
interface Seq<T> {
  jobs: Job<T>[];
  /** A result that needs no further stage (e.g. one the engine had kept whole). */
  complete?: (r: T) => boolean;
}

export class Lane<T> {
  private inFlight = false;
  private next: Seq<T> | null = null;
  /** Engine calls sent (one per stage). */
  sent = 0;

  constructor(
    private readonly engine: Engine,
    /** Each result; `final` is false for a stage that more stages will follow. */
    private readonly onResult: (r: T, final: boolean) => void,
    private readonly onError: (e: Error) => void,
  ) {}

  /** A newer submission waits behind the one in flight: the next result delivered is not the newest. */
  get superseded(): boolean {
    return this.next !== null;
  }

  submit(job: Job<T>): void {
    this.submitSeq([job]);
  }

  /** Progressive work: the stages are sent one after another, each result delivered as it arrives, the
   *  last (or the first that `complete` accepts) as final. Latest wins as for submit: a newer submission
   *  replaces the waiting one and supersedes the stages not yet sent of the one in flight. */
  submitSeq(jobs: Job<T>[], complete?: (r: T) => boolean): void {
    if (jobs.length === 0) return;
    const seq = { jobs, complete };
    if (this.inFlight) {
      this.next = seq;
      return;
    }
    void this.send(seq);
  }

  private async send(seq: Seq<T>): Promise<void> {
    this.inFlight = true;
    try {
      for (let i = 0; i < seq.jobs.length; i++) {
        if (i > 0 && this.next) break; // superseded: the newer input goes first
        this.sent++;
        const r = await this.engine.call(seq.jobs[i]);
        const final = i === seq.jobs.length - 1 || (seq.complete?.(r) ?? false);
        this.onResult(r, final);
        if (final) break;
      }
    } catch (e) {
      this.onError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      this.inFlight = false;
      const next = this.next;
      this.next = null;
      if (next) void this.send(next);
    }
  }
}
