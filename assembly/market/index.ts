// The market core's public surface (dTAO pools, emission, injection, splits, halvings, lock cost;
// spec shared/specs/market.md). Re-exported from assembly/index.ts; flat layouts in layout.ts.
export { marketIssuanceSeries, marketHalvingTable, marketBlockEmissionRao } from './issuance';
export { marketTrade, marketSlippageCurve, marketRoundTrip } from './trade';
export { marketMaxAmount } from './limits';
export { marketInject } from './pool';
export { marketInjectReservoir } from './injection';
export { marketGate } from './shares';
export { marketPresetRules, marketPresetDates } from './presets';
export { marketLockCost, marketDeregPayout } from './lock';
export { marketTempoSplit } from './split';
export {
  marketLayout, marketLoad, marketStep, marketTerms, marketState, marketTotals, marketLedger, marketValidators,
  marketUserTrade, marketComputeShares, marketSimulate, marketLoadRandom,
} from './api';
