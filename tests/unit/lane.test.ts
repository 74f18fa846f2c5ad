// Latest wins: one request in flight per widget, and only the newest waiting one is sent next.
import { describe, expect, it } from 'vitest';
import { Lane, type Engine, type Job } from '../../src/engine/client';

/** An engine whose calls finish only when the test says so. */
function manualEngine() {
  const pending: { job: Job<number>; resolve: (v: number) => void }[] = [];
  const engine = {
    call: (job: Job<number>) => new Promise<number>((resolve) => pending.push({ job, resolve })),
  } as unknown as Engine;
  const finish = async (value: number) => {
    pending.shift()!.resolve(value);
    await new Promise((r) => setTimeout(r, 0));
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
    await new Promise((r) => setTimeout(r, 0));
    fail = false;
    lane.submit(() => 7);
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toEqual(['bad input']);
    expect(results).toEqual([7]);
  });
});
