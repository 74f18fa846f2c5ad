// Raw element access for the epoch's hot loops. With a GC runtime, every use of a StaticArray
// reference is spilled to the shadow stack (an extra store per element read); a pointer is a
// plain integer and is not. Pointers stay valid because the owning Subnet keeps the buffers alive
// and the epoch never allocates, so no collection can run while they are held.

/** Address of a buffer's first element; used by the epoch's steps and the median. */
// @ts-ignore: decorator
@inline
export function addr<T>(a: StaticArray<T>): usize {
  return changetype<usize>(a);
}

/** f64 element k at p; used by the hot loops. */
// @ts-ignore: decorator
@inline
export function getF(p: usize, k: i32): f64 {
  return load<f64>(p + (<usize>k << 3));
}

/** Sets f64 element k at p; used by the hot loops. */
// @ts-ignore: decorator
@inline
export function setF(p: usize, k: i32, v: f64): void {
  store<f64>(p + (<usize>k << 3), v);
}

/** u8 element k at p (0/1 flags); used by the hot loops. */
// @ts-ignore: decorator
@inline
export function getB(p: usize, k: i32): u8 {
  return load<u8>(p + <usize>k);
}

/** Sets u8 element k at p; used by the hot loops. */
// @ts-ignore: decorator
@inline
export function setB(p: usize, k: i32, v: u8): void {
  store<u8>(p + <usize>k, v);
}

/** i64 element k at p (fixed-point raw values); used by the fixed-point epoch. */
// @ts-ignore: decorator
@inline
export function getI(p: usize, k: i32): i64 {
  return load<i64>(p + (<usize>k << 3));
}

/** Sets i64 element k at p; used by the fixed-point epoch. */
// @ts-ignore: decorator
@inline
export function setI(p: usize, k: i32, v: i64): void {
  store<i64>(p + (<usize>k << 3), v);
}

/** i32 element k at p (index lists); used by the fixed-point median. */
// @ts-ignore: decorator
@inline
export function getI32(p: usize, k: i32): i32 {
  return load<i32>(p + (<usize>k << 2));
}

/** Sets i32 element k at p; used by the fixed-point median. */
// @ts-ignore: decorator
@inline
export function setI32(p: usize, k: i32, v: i32): void {
  store<i32>(p + (<usize>k << 2), v);
}
