/** Adds two numbers; used by the build to prove the toolchain. */
export function add(a: f64, b: f64): f64 {
  return a + b;
}
