// Release module for Yuma Consensus (the article's first figures load only this one).
export { yumaRun } from '../yuma';
export { yumaBench, yumaBenchFixed } from '../bench';
export { weightsToU16 } from '../weights';
export { debugTrap } from '../debug';
