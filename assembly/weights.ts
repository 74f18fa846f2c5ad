// How a validator's wanted weights become stored u16 weights: the bittensor SDK max-upscales the
// row so its largest entry is 65535 and rounds with Python's round() (half to even); the chain's
// own max-upscale then leaves such a row unchanged (spec §3 `Weights`).

/** Stored u16 weights (integers in f64) for one row of wanted weights (any non-negative scale);
 *  an all-zero row stays all zero. Zeros are kept as explicit 0 entries (the caller decides whether
 *  to list them). Called by the UI when a user edits weights. */
export function weightsToU16(row: Float64Array): Float64Array {
  const n = row.length;
  const out = new Float64Array(n);
  let top = 0.0;
  for (let j = 0; j < n; j++) top = max(top, row[j]);
  if (!(top > 0)) return out;
  for (let j = 0; j < n; j++) {
    const w = row[j];
    out[j] = w > 0 ? nearest<f64>((w / top) * 65535) : 0;
  }
  return out;
}
