// The public surface of the simulation core; every export is re-exported from its own file.
export { add } from './probe';
export { yumaRun } from './yuma';
export { yumaBench, yumaBenchFixed } from './bench';
export { weightsToU16 } from './weights';
export { weightedMedianColumn } from './median';
export { u16Proportion } from './math';
export { debugTrap } from './debug';
// Test entries for the fixed-point primitives (tests/unit/fixed.test.ts).
export { wideMulU, wideMulS, wideDiv } from './wide';
export {
  fxLastOverflow, fxTestMul, fxTestCheckedMul, fxTestDiv, fxTestCheckedDiv, fxTestSaturatingDiv, fxTestAdd, fxTestSub,
  fxTestFromF64, fxTestToU16, fxTestU16Proportion, fxTestRatio64, fxTestShareOfRao, fxTestExp, fxTestExpSafe,
} from './fixed';
export { fxTestAlphaSigmoid } from './fixed-bonds';
export * from './market/index';
export * from './claims/index';
