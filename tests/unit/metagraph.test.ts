// Importing a metagraph: what is accepted, and every rejection names the field and the row.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, metagraphFromJson, parseMetagraph } from '../../src/models/metagraph';

const ok = { stake: [100, 50, 0, 0, 0], weights: [[0, 0, 2, 1, 0], [0, 0, 0, 1, 1]] };

describe('metagraphFromJson(doc)', () => {
  it('takes the first rows as validators and the other uids as miners, scaling each row to a max of 1', () => {
    const { subnet, validatorUids } = metagraphFromJson(ok);
    expect(validatorUids).toEqual([0, 1]);
    expect(subnet.nv).toBe(2);
    expect(subnet.nm).toBe(3);
    expect(subnet.schedule[0].stake).toEqual([100, 50]);
    expect(subnet.schedule[0].weights).toEqual([[1, 0.5, 0], [0, 1, 1]]);
    expect(subnet.minerNames).toEqual(['uid 2', 'uid 3', 'uid 4']);
  });

  it('maps validator uids given anywhere, with their bonds and hyperparameters', () => {
    const doc = {
      stake: [0, 10, 0, 30],
      validators: [3, 1],
      weights: [[1, 0, 1, 0], [0, 0, 1, 0]],
      bonds: [[0.5, 0, 0.25, 0], [0, 0, 1, 0]],
      hyperparameters: { kappa: 0.6, liquid_alpha: true, yuma_version: 2 },
    };
    const { subnet, hyper } = metagraphFromJson(doc);
    expect(subnet.validatorNames).toEqual(['uid 3', 'uid 1']);
    expect(subnet.minerNames).toEqual(['uid 0', 'uid 2']);
    expect(subnet.schedule[0].stake).toEqual([30, 10]);
    expect(subnet.initialBonds).toEqual([[0.5, 0.25], [0, 1]]);
    expect(hyper).toEqual({ kappa: 0.6, liquidAlpha: true, yumaVersion: 2 });
  });

  const rejections: [string, unknown, RegExp][] = [
    ['a document that is a list', [1, 2], /one JSON object/],
    ['missing stake', { weights: [[1]] }, /"stake" must be a list .* missing/],
    ['a negative stake', { ...ok, stake: [100, -1, 0, 0, 0] }, /stake\[1\] is -1; it must be at least 0/],
    ['a string stake', { ...ok, stake: [100, '5', 0, 0, 0] }, /stake\[1\] is "5", not a number/],
    ['NaN smuggled as null', { ...ok, stake: [100, null, 0, 0, 0] }, /stake\[1\] is null, not a number/],
    ['a ragged matrix', { ...ok, weights: [[0, 0, 1, 1, 0], [0, 0, 1]] }, /weights row 1 has 3 entries; every row needs one per uid \(5\)/],
    ['a row that is not a list', { ...ok, weights: [[0, 0, 1, 1, 0], 'x'] }, /weights row 1 is "x"/],
    ['a negative weight', { ...ok, weights: [[0, 0, 1, -1, 0], [0, 0, 1, 1, 0]] }, /weights\[0\]\[3\] is -1/],
    ['no miners', { stake: [1, 1], weights: [[0, 1], [1, 0]] }, /at least one uid must be a miner/],
    ['too many uids', { stake: Array(4097).fill(1), weights: [Array(4097).fill(0)] }, /"stake" lists 4097 uids; at most 4096/],
    ['validators of the wrong length', { ...ok, validators: [0] }, /lists 1 uids but "weights" has 2 rows/],
    ['a validator uid out of range', { ...ok, validators: [0, 9] }, /validators\[1\] is 9; it must be at most 4/],
    ['a repeated validator', { ...ok, validators: [1, 1] }, /lists a uid twice/],
    ['bonds above 1', { ...ok, bonds: [[0, 0, 2, 0, 0], [0, 0, 0, 0, 0]] }, /bonds\[0\]\[2\] is 2; it must be at most 1/],
    ['a bad kappa', { ...ok, hyperparameters: { kappa: 7 } }, /hyperparameters.kappa is 7; it must be at most 1/],
    ['a bad yuma version', { ...ok, hyperparameters: { yuma_version: 4 } }, /yuma_version is 4; use 2 or 3/],
  ];
  for (const [what, doc, message] of rejections) {
    it(`rejects ${what}`, () => {
      expect(() => metagraphFromJson(doc)).toThrow(message);
    });
  }
});

describe('parseMetagraph(source)', () => {
  it('rejects text that is not JSON, naming the problem', async () => {
    await expect(parseMetagraph('{"stake": [')).rejects.toThrow(/not JSON/);
  });
  it('rejects a file over the size limit before reading it', async () => {
    const blob = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    await expect(parseMetagraph(blob)).rejects.toThrow(/at most 16 MB/);
  });
  it('accepts a valid blob', async () => {
    const parsed = await parseMetagraph(new Blob([JSON.stringify(ok)]));
    expect(parsed.subnet.nm).toBe(3);
  });
});
