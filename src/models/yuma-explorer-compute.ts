// Runs the explorer in the engine: Yuma 2 and Yuma 3 on the same inputs (float64), and on request the
// main version in chain-exact mode. Copies out only what the figures draw, as typed arrays.
import type { CoreExports } from '../engine/core';
import { epochSlots, fieldMask, fieldOffset, packScenario, HYPER_VERSION, type MatrixField, type PackedYuma, type VectorField } from '../engine/yuma-io';
import type { ParamValues } from '../state/schema';
import { toScenario, type ExplorerSubnet } from './yuma-explorer';

export interface VersionRun {
  /** T × nm incentive and consensus, T × nv dividends, over every epoch. */
  incentive: Float64Array;
  consensus: Float64Array;
  dividends: Float64Array;
  /** nv × nm at the epoch shown: bond shares (column-normalised) and stored bonds (u16/65535). */
  bondShares: Float64Array;
  bonds: Float64Array;
}

export interface ChainExact {
  version: 2 | 3;
  /** T × nm, T × nm, T × nv: what the chain stores every epoch. */
  consensusU16: Float64Array;
  incentiveU16: Float64Array;
  dividendsU16: Float64Array;
  /** nv × nm stored bonds at the epoch shown. */
  bondsU16: Float64Array;
  /** Largest |float64 − fixed| over incentive, dividends and consensus of every epoch and bonds at the epoch shown. */
  maxDiff: number;
  maxDiffField: string;
}

export interface ExplorerResult {
  epochs: number;
  /** The epoch (0-based) the matrices belong to. */
  shown: number;
  nv: number;
  nm: number;
  y2: VersionRun;
  y3: VersionRun;
  exact: ChainExact | null;
}

export interface ExplorerRequest {
  subnet: ExplorerSubnet;
  params: ParamValues;
  chainExact: boolean;
  /** Epoch (0-based) whose matrices are drawn; only that epoch's matrices leave the core. */
  shown: number;
}

type Rows = 'validators' | 'miners' | 'matrix';

const FLOAT_SERIES = fieldMask(['incentive', 'consensus', 'dividends']);
const FLOAT_MATRICES = fieldMask(['ema_bonds_norm', 'bonds']);
const EXACT_SERIES = fieldMask(['incentive', 'consensus', 'dividends', 'consensus_u16', 'incentive_u16', 'dividends_u16']);
const EXACT_MATRICES = fieldMask(['bonds', 'bonds_u16']);

type Picker = (f: VectorField | MatrixField, rows: Rows) => Float64Array;

/** Runs one version in one mode, asking the core only for `fields`, written from epoch `from` on, and
 *  returns a picker that copies a field's validator, miner or matrix part. */
function run(core: CoreExports, req: ExplorerRequest, packed: PackedYuma, version: 2 | 3, mode: 0 | 1, fields: number, from = 0, epochs = packed.epochs): Picker {
  const p = packed;
  const hyper = p.hyper.slice();
  hyper[HYPER_VERSION] = version;
  const schedule = p.schedule.subarray(0, epochs);
  const flat = core.yumaRun(p.n, p.nv, epochs, hyper, p.stake, p.weights, p.active, p.outdated, p.resetCols, p.initialBonds, p.initialPermits, mode, fields, schedule, from);
  const { nv, nm } = req.subnet;
  const n = nv + nm;
  const slots = epochSlots(n, nv, fields);
  const T = epochs - from;
  return (field, rows) => {
    const at = fieldOffset(n, nv, field, fields);
    const width = rows === 'validators' ? nv : rows === 'miners' ? nm : nv * nm;
    const out = new Float64Array(T * width);
    for (let t = 0; t < T; t++) {
      const base = t * slots + at;
      if (rows === 'validators') out.set(flat.subarray(base, base + nv), t * nv);
      else if (rows === 'miners') out.set(flat.subarray(base + nv, base + n), t * nm);
      else for (let i = 0; i < nv; i++) out.set(flat.subarray(base + i * n + nv, base + (i + 1) * n), t * nv * nm + i * nm);
    }
    return out;
  };
}

function versionRun(core: CoreExports, req: ExplorerRequest, packed: PackedYuma, version: 2 | 3, shown: number): VersionRun {
  const series = run(core, req, packed, version, 0, FLOAT_SERIES);
  const matrices = run(core, req, packed, version, 0, FLOAT_MATRICES, shown, shown + 1);
  return {
    incentive: series('incentive', 'miners'),
    consensus: series('consensus', 'miners'),
    dividends: series('dividends', 'validators'),
    bondShares: matrices('ema_bonds_norm', 'matrix'),
    bonds: matrices('bonds', 'matrix'),
  };
}

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k] - b[k]));
  return m;
}

export function computeYumaExplorer(core: CoreExports, req: ExplorerRequest): ExplorerResult {
  const toU16 = (row: number[]) => Array.from(core.weightsToU16(Float64Array.from(row)));
  const packed = packScenario(toScenario(req.subnet, req.params, 3, toU16));
  const shown = Math.min(Math.max(0, Math.floor(req.shown)), packed.epochs - 1);
  const y2 = versionRun(core, req, packed, 2, shown);
  const y3 = versionRun(core, req, packed, 3, shown);
  let exact: ChainExact | null = null;
  if (req.chainExact) {
    const version = req.params.yuma === 2 ? 2 : 3;
    const series = run(core, req, packed, version, 1, EXACT_SERIES);
    const matrices = run(core, req, packed, version, 1, EXACT_MATRICES, shown, shown + 1);
    const float = version === 2 ? y2 : y3;
    const diffs: [string, number][] = [
      ['incentive', maxAbsDiff(float.incentive, series('incentive', 'miners'))],
      ['consensus', maxAbsDiff(float.consensus, series('consensus', 'miners'))],
      ['dividends', maxAbsDiff(float.dividends, series('dividends', 'validators'))],
      ['bonds', maxAbsDiff(float.bonds, matrices('bonds', 'matrix'))],
    ];
    const [maxDiffField, maxDiff] = diffs.reduce((a, b) => (b[1] > a[1] ? b : a));
    exact = {
      version,
      consensusU16: series('consensus_u16', 'miners'),
      incentiveU16: series('incentive_u16', 'miners'),
      dividendsU16: series('dividends_u16', 'validators'),
      bondsU16: matrices('bonds_u16', 'matrix'),
      maxDiff,
      maxDiffField,
    };
  }
  return { epochs: packed.epochs, shown, nv: req.subnet.nv, nm: req.subnet.nm, y2, y3, exact };
}
