// Reads a metagraph pasted or dropped by the reader (format in README.md, "Importing a subnet").
// Runs in the engine's worker. Every rejection names the field and the row, and how to fix it.
import type { ExplorerHyper, ExplorerSubnet } from './yuma-explorer';

export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
export const MAX_UIDS = 4096;
/** A uid's stake, at most: 1e9, far above any token's 21M supply, and 1e18 rao still fits a u64. */
export const MAX_STAKE = 1e9;

export class InputError extends Error {
  override name = 'InputError';
}

export interface ParsedMetagraph {
  subnet: ExplorerSubnet;
  hyper: Partial<ExplorerHyper>;
  /** Validator uids in the order of the rows, as the file numbered them. */
  validatorUids: number[];
}

const fail = (message: string): never => {
  throw new InputError(message);
};

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : String(v);
}

function numberAt(v: unknown, where: string, min: number, max = Infinity): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${where} is ${describe(v)}, not a number.`);
  const x = v as number;
  if (x < min) fail(`${where} is ${x}; it must be at least ${min}.`);
  if (x > max) fail(`${where} is ${x}; it must be at most ${max}.`);
  return x;
}

function matrix(v: unknown, field: string, rows: number, cols: number, max: number): number[][] {
  if (!Array.isArray(v)) fail(`"${field}" must be a list of rows, one per validator; it is ${describe(v)}.`);
  const m = v as unknown[];
  if (m.length !== rows) fail(`"${field}" has ${m.length} rows; it needs one per validator (${rows}).`);
  return m.map((row, i) => {
    if (!Array.isArray(row)) fail(`${field} row ${i} is ${describe(row)}, not a list of numbers.`);
    if ((row as unknown[]).length !== cols) fail(`${field} row ${i} has ${(row as unknown[]).length} entries; every row needs one per uid (${cols}), like "stake".`);
    return (row as unknown[]).map((x, j) => numberAt(x, `${field}[${i}][${j}]`, 0, max));
  });
}

const HYPER_FIELDS: [string, keyof ExplorerHyper, number, number][] = [
  ['kappa', 'kappa', 0, 1],
  ['bonds_penalty', 'bondsPenalty', 0, 1],
  ['bonds_moving_average', 'bondsMovingAverage', 0, 0.975],
  ['alpha_low', 'alphaLow', 0.025, 1],
  ['alpha_high', 'alphaHigh', 0.025, 1],
  ['alpha_sigmoid_steepness', 'steepness', 0, 5000],
];

function hyperparameters(v: unknown): Partial<ExplorerHyper> {
  if (v === undefined) return {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(`"hyperparameters" must be an object; it is ${describe(v)}.`);
  const h = v as Record<string, unknown>;
  const out: Partial<ExplorerHyper> = {};
  for (const [key, name, min, max] of HYPER_FIELDS) {
    if (h[key] !== undefined) (out as Record<string, number>)[name] = numberAt(h[key], `hyperparameters.${key}`, min, max);
  }
  if (h.liquid_alpha !== undefined) {
    if (typeof h.liquid_alpha !== 'boolean') fail(`hyperparameters.liquid_alpha is ${describe(h.liquid_alpha)}; use true or false.`);
    out.liquidAlpha = h.liquid_alpha as boolean;
  }
  if (h.yuma_version !== undefined) {
    if (h.yuma_version !== 2 && h.yuma_version !== 3) fail(`hyperparameters.yuma_version is ${describe(h.yuma_version)}; use 2 or 3.`);
    out.yumaVersion = h.yuma_version as 2 | 3;
  }
  return out;
}

/** Validates a metagraph document and turns it into the explorer's subnet. */
export function metagraphFromJson(doc: unknown): ParsedMetagraph {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) fail('The file must hold one JSON object with "stake" and "weights".');
  const d = doc as Record<string, unknown>;
  if (!Array.isArray(d.stake)) fail(`"stake" must be a list with one number per uid; it is ${d.stake === undefined ? 'missing' : describe(d.stake)}.`);
  const n = (d.stake as unknown[]).length;
  if (n > MAX_UIDS) fail(`"stake" lists ${n} uids; at most ${MAX_UIDS} are supported.`);
  if (n < 2) fail('"stake" lists fewer than 2 uids; a subnet needs at least one validator and one miner.');
  const stake = (d.stake as unknown[]).map((x, j) => numberAt(x, `stake[${j}]`, 0, MAX_STAKE));
  if (!Array.isArray(d.weights)) fail(`"weights" must be a list of rows, one per validator; it is ${d.weights === undefined ? 'missing' : describe(d.weights)}.`);
  const rows = (d.weights as unknown[]).length;
  if (rows < 1) fail('"weights" has no rows; give at least one validator.');
  let validatorUids = Array.from({ length: rows }, (_, i) => i);
  if (d.validators !== undefined) {
    if (!Array.isArray(d.validators)) fail(`"validators" must be a list of uids; it is ${describe(d.validators)}.`);
    if ((d.validators as unknown[]).length !== rows) fail(`"validators" lists ${(d.validators as unknown[]).length} uids but "weights" has ${rows} rows; they must match.`);
    validatorUids = (d.validators as unknown[]).map((u, i) => {
      const uid = numberAt(u, `validators[${i}]`, 0, n - 1);
      if (!Number.isInteger(uid)) fail(`validators[${i}] is ${uid}; uids are whole numbers.`);
      return uid;
    });
    if (new Set(validatorUids).size !== rows) fail('"validators" lists a uid twice; each validator appears once.');
  }
  if (rows >= n) fail(`"weights" has ${rows} rows for ${n} uids; at least one uid must be a miner.`);
  const weights = matrix(d.weights, 'weights', rows, n, Infinity);
  const bonds = d.bonds === undefined ? null : matrix(d.bonds, 'bonds', rows, n, 1);
  const hyper = hyperparameters(d.hyperparameters);
  const isValidator = new Set(validatorUids);
  const minerUids = Array.from({ length: n }, (_, j) => j).filter((j) => !isValidator.has(j));
  const minersOf = (row: number[]) => minerUids.map((j) => row[j]);
  const scaled = weights.map((row) => {
    const m = Math.max(...minersOf(row));
    return minersOf(row).map((w) => (m > 0 ? w / m : 0));
  });
  const subnet: ExplorerSubnet = {
    nv: rows,
    nm: minerUids.length,
    schedule: [{ stake: validatorUids.map((u) => stake[u]), active: validatorUids.map(() => true), weights: scaled, resetCols: [] }],
    validatorNames: validatorUids.map((u) => `uid ${u}`),
    minerNames: minerUids.map((u) => `uid ${u}`),
    initialBonds: bonds ? bonds.map(minersOf) : undefined,
  };
  return { subnet, hyper, validatorUids };
}

/** Reads text or a file (size checked before reading) and validates it. */
export async function parseMetagraph(source: string | Blob): Promise<ParsedMetagraph> {
  const size = typeof source === 'string' ? source.length : source.size;
  if (size > MAX_IMPORT_BYTES) fail(`The file is ${(size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB is accepted.`);
  const text = typeof source === 'string' ? source : await source.text();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(`This is not JSON (${(e as Error).message}). Export the metagraph as JSON with "stake" and "weights".`);
  }
  return metagraphFromJson(doc);
}
