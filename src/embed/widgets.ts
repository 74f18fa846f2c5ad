// Every widget that can leave the page: its embed name, URL prefix, title, the article section it
// links back to, a suggested iframe height and the source line written into its exports. Plain data
// (no components), so the build config and the article's toolbar can read it cheaply.
import { CLAIM_TITLES } from '../models/claims/titles.ts';

export interface WidgetInfo {
  /** The embed name: `embed/<name>.html`, `embed.html?w=<name>`, `<tao-widget name="<name>">`. */
  name: string;
  /** Prefix of the widget's keys in the URL (`stake.trade=100`). */
  prefix: string;
  title: string;
  /** Id of the heading in the article that the credit line links to. */
  section: string;
  /** Suggested iframe height in CSS pixels at 760 px wide (the resize script corrects it). */
  height: number;
  /** The source line written into exported images. */
  source: string;
}

const SUBTENSOR = 'opentensor/subtensor at 14bc6f9f (2026-06-30)';

export const WIDGETS: readonly WidgetInfo[] = [
  { name: 'who-gets-paid', prefix: 'who', title: 'Who gets paid?', section: 'who-gets-paid', height: 1100, source: `Yuma Consensus per ${SUBTENSOR}` },
  { name: 'yuma-explorer', prefix: 'yuma', title: 'Try it on any subnet: the Yuma explorer', section: 'yuma-explorer', height: 2200, source: `Yuma Consensus per ${SUBTENSOR}` },
  { name: 'stake', prefix: 'stake', title: 'Stake into a subnet', section: 'stake-title', height: 1300, source: `Subnet pools per ${SUBTENSOR}` },
  { name: 'emission', prefix: 'emission', title: 'Who gets the emission?', section: 'emission-title', height: 1300, source: `Emission rules by era per ${SUBTENSOR}` },
  { name: 'halving', prefix: 'halving', title: 'The halving', section: 'halving-title', height: 1000, source: `Issuance per ${SUBTENSOR}` },
  { name: 'split', prefix: 'split', title: 'Where an epoch’s alpha goes', section: 'split-title', height: 1000, source: `Emission split per ${SUBTENSOR}` },
  ...CLAIM_TITLES.map((c) => ({
    name: `claim-${c.id}`,
    prefix: c.id,
    title: c.title,
    section: `claim-${c.id}-title`,
    height: 1900,
    source: 'The essay’s claim as a model with sourced defaults (see the article’s method section)',
  })),
];

const BY_NAME = new Map(WIDGETS.map((w) => [w.name, w]));

/** The widget called `name`, or undefined (a Map lookup: `__proto__` and friends are just unknown). */
export const widgetInfo = (name: string | null): WidgetInfo | undefined => (name === null ? undefined : BY_NAME.get(name));
