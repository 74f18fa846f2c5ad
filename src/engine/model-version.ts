// The version of the models and the core that compute every figure, carried in each permalink as
// `mv=`. Bump it, and add a line to MODEL_CHANGES, whenever a release changes any figure's numbers
// for the same settings; a link made under an older version then opens with a note naming what changed.

export const MODEL_VERSION = 2;

export interface ModelChange {
  version: number;
  /** Widget names (src/embed/widgets.ts) whose results differ from the version before, or 'all'. */
  widgets: readonly string[] | 'all';
  what: string;
}

/** Every version that changed results, oldest first. Version 1 is the first published one. */
export const MODEL_CHANGES: readonly ModelChange[] = [
  { version: 1, widgets: 'all', what: 'first published models' },
  { version: 2, widgets: ['claim-weight-rent'], what: 'Claim 1: labs re-release at a cost, the market is judged net of dilution, a falling TAO slows its growth' },
  { version: 2, widgets: ['claim-leakage'], what: 'Claim 2 asks who earns the spending: subnet against lab and hosts, with the subnet’s own appeal' },
  { version: 2, widgets: ['claim-three-networks'], what: 'Claim 3 models the long tail: releases are fuel only if the subnets list more of it, or sooner' },
  { version: 2, widgets: ['claim-routing'], what: 'Claim 4: both setups retry alike, the spend must move off the large model, 2026 model prices' },
  { version: 2, widgets: ['emission'], what: 'Who gets the emission: today is the rank-gated era of 3 Aug 2026 (the 32nd-largest share sets the bar, root dividends kept in baskets)' },
  { version: 2, widgets: ['halving'], what: 'The halving: the first halving dated by the chain, 15 Dec 2025 at block 7,103,975, a day later than before' },
  { version: 2, widgets: ['claim-coordination'], what: 'Claim 5: a 5.5% platform take on Chutes-sized revenue, kept only if buybacks beat emissions sold' },
];

/** The changes to `widget`'s results made after version `from` up to the current one. */
export function changesSince(from: number, widget: string, changes = MODEL_CHANGES, current = MODEL_VERSION): ModelChange[] {
  return changes.filter((c) => c.version > from && c.version <= current && (c.widgets === 'all' || c.widgets.includes(widget)));
}

/** The note for a link made under model version `raw` (text from the URL), or null when its results still hold. */
export function modelVersionNote(raw: string | null, widget: string, title: string, changes = MODEL_CHANGES, current = MODEL_VERSION): string | null {
  if (raw === null || raw === String(current)) return null;
  const from = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(from) || from > current || from < 1) {
    return `${title}: this link names a model version this page does not know; it is shown with version ${current}.`;
  }
  const since = changesSince(from, widget, changes, current);
  if (!since.length) return null;
  return `${title}: this link was made with model version ${from}; it is shown with version ${current}, whose results differ (${since.map((c) => `v${c.version}: ${c.what}`).join('; ')}).`;
}
