// Release module for the essay's claim models (they use the market's halving schedule, compiled in).
export * from '../claims/index';
