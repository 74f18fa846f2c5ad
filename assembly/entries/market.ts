// Release module for the subnet market (pools, emissions, halvings), loaded when a market figure runs.
export * from '../market/index';
