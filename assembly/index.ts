// The public surface of the simulation core; every export is re-exported from its own file.
export { add } from './probe';
