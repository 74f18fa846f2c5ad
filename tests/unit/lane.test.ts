// Latest wins: one request in flight per widget, and only the newest waiting one is sent next.
import { describe, expect, it } from 'vitest';
import { Lane, type Engine, type Job } from '../../src/engine/client';

/** Resolves after every promise callback already queued has run (the lane's handlers among them). */
const settledPromises = () => new Promise((r) => setImmediate(r));

/** An engine whose calls finish only when the test says so. */
function manualEngine() {
  const pending: { job: Job<number>; resolve: (v: number) => void }[] = [];
  const engine = {
    call: (job: Job<number>) => new Promise<number>((resolve) => pending.push({ job, resolve })),
  } as unknown as Engine;
  const finish = async (value: number) => {
    pending.shift()!.resolve(value);
    await settledPromises();
  };
  return { engine, pending, finish };
}

describe('Lane', () => {
  it('sends the first request at once and holds later ones while it is in flight', () => {
    const { engine, pending } = manualEngine();
    const lane = new Lane<number>(engine, () => {}, () => {});
    lane.submit(() => 1);
    lane.submit(() => 2);
    lane.submit(() => 3);
    expect(pending).toHaveLength(1);
    expect(lane.sent).toBe(1);
  });

  it('delivers each finished result and then sends only the newest waiting request', async () => {
    const { engine, pending, finish } = manualEngine();
    const results: number[] = [];
    const lane = new Lane<number>(engine, (r) => results.push(r), () => {});
    const jobs = [1, 2, 3, 4].map((k) => () => k);
    for (const j of jobs) lane.submit(j);
    await finish(1);
    expect(results).toEqual([1]);
    expect(pending).toHaveLength(1);
    expect(pending[0].job).toBe(jobs[3]); // 2 and 3 were dropped
    await finish(4);
    expect(results).toEqual([1, 4]);
    expect(lane.sent).toBe(2);
    expect(pending).toHaveLength(0);
  });

  it('tells a result that a newer request waits behind it (superseded) from the newest one', async () => {
    const { engine, finish } = manualEngine();
    const seen: [number, boolean][] = [];
    const lane: Lane<number> = new Lane<number>(engine, (r) => seen.push([r, lane.superseded]), () => {});
    lane.submit(() => 1);
    lane.submit(() => 2);
    await finish(1);
    await finish(2);
    expect(seen).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(lane.superseded).toBe(false);
  });

  it('reports a failed request and keeps serving the next one', async () => {
    const errors: string[] = [];
    const results: number[] = [];
    let fail = true;
    const engine = {
      call: async (job: Job<number>) => {
        if (fail) throw new Error('bad input');
        return job(undefined as never);
      },
    } as unknown as Engine;
    const lane = new Lane<number>(engine, (r) => results.push(r), (e) => errors.push(e.message));
    lane.submit(() => 1);
    await settledPromises();
    fail = false;
    lane.submit(() => 7);
    await settledPromises();
    expect(errors).toEqual(['bad input']);
    expect(results).toEqual([7]);
  });

  it('sends the stages of a sequence in order and delivers each result, the last one as final', async () => {
    const { engine, pending, finish } = manualEngine();
    const results: [number, boolean][] = [];
    const lane = new Lane<number>(engine, (r, final) => results.push([r, final]), () => {});
    const stages = [() => 1, () => 2, () => 3];
    lane.submitSeq(stages);
    expect(pending).toHaveLength(1);
    expect(pending[0].job).toBe(stages[0]);
    await finish(1);
    expect(results).toEqual([[1, false]]);
    expect(pending[0].job).toBe(stages[1]);
    await finish(2);
    await finish(3);
    expect(results).toEqual([[1, false], [2, false], [3, true]]);
    expect(lane.sent).toBe(3);
    expect(pending).toHaveLength(0);
  });

  it('a newer submission supersedes the stages not yet sent; only the newest waiting one is sent', async () => {
    const { engine, pending, finish } = manualEngine();
    const results: [number, boolean][] = [];
    const lane = new Lane<number>(engine, (r, final) => results.push([r, final]), () => {});
    lane.submitSeq([() => 1, () => 2]);
    const newer = [() => 10, () => 20];
    lane.submitSeq([() => 5, () => 6]);
    lane.submitSeq(newer);
    await finish(1); // the first stage's result is still drawn (as partial)
    expect(results).toEqual([[1, false]]);
    expect(pending).toHaveLength(1);
    expect(pending[0].job).toBe(newer[0]); // stage 2 of the first and all of the second were dropped
    await finish(10);
    await finish(20);
    expect(results).toEqual([[1, false], [10, false], [20, true]]);
    expect(lane.sent).toBe(3);
  });

  it('a stage result that is already complete ends its sequence', async () => {
    const { engine, pending, finish } = manualEngine();
    const results: [number, boolean][] = [];
    const lane = new Lane<number>(engine, (r, final) => results.push([r, final]), () => {});
    lane.submitSeq([() => 1, () => 2], (r) => r === 100);
    await finish(100);
    expect(results).toEqual([[100, true]]);
    expect(pending).toHaveLength(0);
    lane.submit(() => 7);
    await finish(7);
    expect(results).toEqual([[100, true], [7, true]]);
  });

  it('a failed stage reports the error and sends no later stage of its sequence', async () => {
    const errors: string[] = [];
    const results: number[] = [];
    let calls = 0;
    const engine = {
      call: async (job: Job<number>) => {
        calls++;
        if (calls === 1) throw new Error('bad stage');
        return job(undefined as never);
      },
    } as unknown as Engine;
    const lane = new Lane<number>(engine, (r) => results.push(r), (e) => errors.push(e.message));
    lane.submitSeq([() => 1, () => 2]);
    await settledPromises();
    expect(errors).toEqual(['bad stage']);
    expect(calls).toBe(1);
    lane.submitSeq([() => 3, () => 4]);
    await settledPromises();
    expect(results).toEqual([3, 4]);
  });
});
