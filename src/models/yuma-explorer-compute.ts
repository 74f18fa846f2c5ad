// Runs the explorer in the engine: Yuma 2 and Yuma 3 on the same inputs (float64), and on request the
// main version in chain-exact mode. Copies out only what the figures draw, as typed arrays.
import type { CoreExports } from '../engine/core';
import { epochSlots, fieldOffset, packScenario, type MatrixField, type VectorField } from '../engine/yuma-io';
import type { ParamValues } from '../state/schema';
import { toScenario, type ExplorerSubnet } from './yuma-explorer';

export interface VersionRun {
  /** T × nm incentive and consensus, T × nv dividends, T × nv × nm bond shares (column-normalised) and stored bonds. */
  incentive: Float64Array;
  consensus: Float64Array;
  dividends: Float64Array;
  bondShares: Float64Array;
  bonds: Float64Array;
}

export interface ChainExact {
  version: 2 | 3;
  consensusU16: Float64Array;
  incentiveU16: Float64Array;
  dividendsU16: Float64Array;
  bondsU16: Float64Array;
  /** Largest |float64 − fixed| over incentive, dividends, consensus and bonds of every epoch. */
  maxDiff: number;
  maxDiffField: string;
}

export interface ExplorerResult {
  epochs: number;
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
}

type Rows = 'validators' | 'miners' | 'matrix';

/** Runs one version in one mode and returns a picker that copies a field's validator, miner or matrix part. */
function run(core: CoreExports, req: ExplorerRequest, version: 2 | 3, mode: 0 | 1): { pick: (f: VectorField | MatrixField, rows: Rows) => Float64Array } {
  const toU16 = (row: number[]) => Array.from(core.weightsToU16(Float64Array.from(row)));
  const p = packScenario(toScenario(req.subnet, req.params, version, toU16));
  const flat = core.yumaRun(p.n, p.nv, p.epochs, p.hyper, p.stake, p.weights, p.active, p.outdated, p.resetCols, p.initialBonds, p.initialPermits, mode);
  const { nv, nm } = req.subnet;
  const n = nv + nm;
  const slots = epochSlots(n, nv);
  const T = p.epochs;
  const pick = (field: VectorField | MatrixField, rows: Rows) => {
    const at = fieldOffset(n, nv, field);
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
  return { pick };
}

function versionRun(core: CoreExports, req: ExplorerRequest, version: 2 | 3): VersionRun {
  const { pick } = run(core, req, version, 0);
  return {
    incentive: pick('incentive', 'miners'),
    consensus: pick('consensus', 'miners'),
    dividends: pick('dividends', 'validators'),
    bondShares: pick('ema_bonds_norm', 'matrix'),
    bonds: pick('bonds', 'matrix'),
  };
}

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k] - b[k]));
  return m;
}

export function computeYumaExplorer(core: CoreExports, req: ExplorerRequest): ExplorerResult {
  const y2 = versionRun(core, req, 2);
  const y3 = versionRun(core, req, 3);
  let exact: ChainExact | null = null;
  if (req.chainExact) {
    const version = req.params.yuma === 2 ? 2 : 3;
    const fixed = run(core, req, version, 1).pick;
    const float = version === 2 ? y2 : y3;
    const diffs: [string, number][] = [
      ['incentive', maxAbsDiff(float.incentive, fixed('incentive', 'miners'))],
      ['consensus', maxAbsDiff(float.consensus, fixed('consensus', 'miners'))],
      ['dividends', maxAbsDiff(float.dividends, fixed('dividends', 'validators'))],
      ['bonds', maxAbsDiff(float.bonds, fixed('bonds', 'matrix'))],
    ];
    const [maxDiffField, maxDiff] = diffs.reduce((a, b) => (b[1] > a[1] ? b : a));
    exact = {
      version,
      consensusU16: fixed('consensus_u16', 'miners'),
      incentiveU16: fixed('incentive_u16', 'miners'),
      dividendsU16: fixed('dividends_u16', 'validators'),
      bondsU16: fixed('bonds_u16', 'matrix'),
      maxDiff,
      maxDiffField,
    };
  }
  return { epochs: req.params.epochs, nv: req.subnet.nv, nm: req.subnet.nm, y2, y3, exact };
}
