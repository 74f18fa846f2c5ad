// The claim models' public surface (five models of the essay's claims), re-exported by assembly/index.ts.
export { claimRunWeightRent, claimSweepWeightRent } from './weight-rent';
export { claimRunLeakage, claimSweepLeakage } from './leakage';
export { claimRunThreeNetworks, claimSweepThreeNetworks, claimDtaoMinerShare, claimThreeNetworksCalibration } from './three-networks';
export { claimRunRouting, claimSweepRouting } from './routing';
export { claimRunCoordination, claimSweepCoordination } from './coordination';
export { claimLayout } from './describe';
export { claimTornado, claimEvaluate } from './analysis';
