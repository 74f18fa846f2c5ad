/** Test-only: traps as a bug in the core would; called by the engine's recovery tests. */
export function debugTrap(): void {
  unreachable();
}
