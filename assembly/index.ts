// The public surface of the simulation core; every export is re-exported from its own file.
export { add } from './probe';
export { yumaRun } from './yuma';
export { yumaBench } from './bench';
export { weightsToU16 } from './weights';
export { weightedMedianColumn } from './median';
export { u16Proportion } from './math';
export { debugTrap } from './debug';
