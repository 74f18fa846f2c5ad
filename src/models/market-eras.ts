// The emission eras' sentences, apart from the model so the article's prose can use them without loading it.
/** One sentence per era (index = MARKET_PRESETS index): what changed and when; `source` keys the citation. */
export const ERAS: readonly { short: string; under: string; sentence: string; source: string }[] = [
  {
    short: 'dTAO launch',
    under: 'the dTAO launch rule',
    sentence:
      'From the dTAO launch on 13 Feb 2025, a subnet’s share is its EMA price over the sum of all EMA prices, so buying its alpha lifts its share as the average catches up with the new price (this era’s pool and fee rules held until 29 Jun 2025).',
    source: 'emission-era-dtao',
  },
  {
    short: 'Taoflow',
    under: 'Taoflow',
    sentence:
      'From 4 Nov 2025 (“Taoflow”) shares follow each subnet’s net staking inflow, smoothed with a 30-day half-life, and a subnet with net outflow gets nothing (rules as of 12 Dec 2025 – 10 Mar 2026).',
    source: 'emission-era-flow',
  },
  {
    short: 'Net flow',
    under: 'net TAO flow',
    sentence:
      'From 27 May 2026 the inflow is counted net of the TAO the protocol itself puts into the subnet (injection and chain buys), so a subnet already rich in emission needs more real inflow to keep its share (rules of 1–21 Jun 2026).',
    source: 'emission-era-netflow',
  },
  {
    short: 'Price × burn',
    under: 'price × burn shares',
    sentence:
      'From 22 Jun 2026 shares follow EMA prices again, each weighted by (1 − the part of miner pay the owner’s own miners withheld), on Balancer pools from 25 Jun (rules of 30 Jun – 26 Jul 2026).',
    source: 'emission-era-price',
  },
  {
    short: 'Gate, q-mass',
    under: 'the q-mass gated rule',
    sentence:
      'Since 27 Jul 2026 the same price shares pass an emission gate: every 360 blocks a bar is set where the largest shares reach 75 % of the total, and a subnet well below the bar gets almost nothing (partly verified).',
    source: 'emission-era-gated',
  },
  {
    // market-2026h2 §A, §B, §F (reborn_2026_10).
    short: 'Rank gate, today',
    under: 'today’s rank-gated rule',
    sentence:
      'Since 3 Aug 2026 (spec 441) the gate’s bar is the 32nd-largest share rather than a quantile, and root dividends stay as alpha in each root validator’s fund instead of being sold (live date from third-party chain reads).',
    source: 'emission-era-rank',
  },
];
