// Citations used only by the prose sections (src/content/sections/*.svelte), from /work/shared/facts.md
// (compiled 2026-11-25 from stored copies of public pages; live numbers will have moved). A URL is
// given only where facts.md gives the full address; a source named there without one has none here.
import type { Source } from '../sources-base';

export const SOURCES_SECTIONS: Record<string, Source> = {
  // --- Bittensor basics ----------------------------------------------------------------------------
  'sec-dtao-launch': {
    short: 'HTX Research via BlockBeats: dTAO launch',
    detail: 'Dynamic TAO (one alpha token and TAO/alpha pool per subnet) went live on mainnet on 13 Feb 2025 after a senate vote introduced on 7 Feb; some outlets say 14–15 Feb. High confidence.',
    url: 'https://www.theblockbeats.info/en/news/57373',
  },
  'sec-subnet-count': {
    short: 'Coinfeather: 129 subnets (10 Dec 2025)',
    detail: '129 subnets listed on Taostats, about $3B of total subnet valuation, shortly before the first halving. The chain caps subnets at 128 (SubnetLimit, subtensor v3.2.8, Sep 2025); a new registration replaces the lowest-scoring one. Medium confidence.',
    url: 'https://coinfeather.com/en/news/bittensor-prepares-for-first-halving-as-tao-drops/50314',
  },
  // --- Sentient ------------------------------------------------------------------------------------
  'sec-sentient-seed': {
    short: 'TechFlow: Sentient’s $85M seed (2 Jul 2024)',
    detail: '$85M seed round co-led by Founders Fund, Pantera and Framework, with Delphi Ventures, Hack VC, Arrington, HashKey and others (also a Binance Square post). High confidence.',
    url: 'https://techflowpost.com/fr-FR/article/18821',
  },
  'sec-sentient-oml': {
    short: 'Sentient at the Open AGI Summit (Aug 2024)',
    detail: 'OML (Open, Monetizable, Loyal) models; incentives through EigenLayer AVSs and a chain connected to Polygon AggLayer. Medium confidence.',
    url: 'https://threadreaderapp.com/thread/1822985683549540388',
  },
  'sec-sentient-ods': {
    short: 'Open Deep Search, arXiv 2503.20201 (26 Mar 2025)',
    detail: 'Sentient’s open search-agent framework. With DeepSeek-R1: SimpleQA 88.3%, FRAMES 75.3%, 9.7 points above GPT-4o Search Preview. High confidence.',
    url: 'https://arxiv.org/abs/2503.20201',
  },
  'sec-sentient-dobby': {
    short: 'Dobby models (early 2025)',
    detail: 'Dobby-Mini-Unhinged(-Plus) fine-tuned from Llama-3.1-8B and Dobby-70B from Llama-3.3-70B (gpt-at-the-polls.com; theaidaily.net). Exact release dates not sourced. Medium confidence.',
    url: 'https://gpt-at-the-polls.com/blog/the-free-elf-of-capital',
  },
  'sec-sentient-roma': {
    short: 'ROMA (edgentiq.com, 12 Oct 2025)',
    detail: 'Open-source recursive meta-agent framework; ROMA Search scores 45.6% on SEALQA. Medium confidence.',
  },
  'sec-sentient-grid': {
    short: 'ourcryptotalk.com: Sentient GRID',
    detail: '“Global Research and Intelligence Directory”: a registry and routing layer for agents, models, data and tools. Launch date and usage not sourced. Medium confidence.',
    url: 'https://ourcryptotalk.com/crypto-review/sentient-review',
  },
  'sec-sentient-token': {
    short: 'Sentient blog: SENT tokenomics',
    detail: 'Supply 34,359,738,368 (2³⁵): community 65.55%, team 22% (1-year cliff, 6-year vesting), investors 12.45% (1-year cliff, 4-year vesting). Numbers high confidence; the post’s date (about early 2026) low.',
    url: 'https://blog.sentient.xyz/posts/tokenomics',
  },
  // --- Ambient -------------------------------------------------------------------------------------
  'sec-ambient-docs': {
    short: 'Ambient docs: What is Ambient',
    detail: 'An SVM-compatible fork of Solana turned proof-of-work chain: (Continuous) Proof of Logits replaces proof of stake, and one open-weights foundation model plus its fine-tunes runs on every node. Validators recompute one randomly chosen token and compare hashes. Testnet live. High confidence.',
    url: 'https://docs.ambient.xyz',
  },
  'sec-ambient-600b': {
    short: 'ChainCatcher: Ambient’s “600B+” model (Apr 2025)',
    detail: 'Ambient’s claim of a single “600B+ parameter” model, and of verification overhead under 1%. High confidence that the claim was made; the overhead is unverified.',
    url: 'https://www.chaincatcher.com/en/article/2177767',
  },
  'sec-ambient-funding': {
    short: 'Ambient’s $7.2M seed (a16z CSX)',
    detail: '$7.2M seed led by a16z CSX with Delphi Digital and Amber Group, about Q1–Q2 2025 (blockeden.xyz, 1 Apr 2026; chaincatcher.com, Apr 2025). Medium confidence.',
    url: 'https://www.chaincatcher.com/en/article/2177767',
  },
  'sec-ambient-api': {
    short: 'public provider configs listing Ambient’s API (2026)',
    detail: 'Client configurations in public GitHub provider registries (found by code search) list Ambient’s API (api.ambient.xyz/v1, OpenAI- and Anthropic-compatible) with zai-org/GLM-5.1-FP8, GLM-5.2-FP8 and moonshotai/kimi-k2.6. Low confidence.',
  },
  'sec-nondeterminism': {
    short: 'Thinking Machines, “Defeating Nondeterminism in LLM Inference” (Sep 2025)',
    detail: '1,000 runs of Qwen3-235B at temperature 0 gave 80 distinct completions, diverging around token 102; batch-invariant kernels fix this but run slower. Read through summaries (dreaming.press; thesequence.substack.com). High confidence.',
  },
  // --- Nous Research -------------------------------------------------------------------------------
  'sec-nous-seed': {
    short: 'singularintel.com: Nous’ earlier seed rounds',
    detail: 'About $20M in total from Distributed Global, North Island Ventures and Delphi Digital (2024). One secondary source, low–medium confidence.',
  },
  'sec-nous-series-a': {
    short: 'The Block: Nous Series A (about 25 Apr 2025)',
    detail: '$50M led by Paradigm at about a $1B token valuation (via exbasi.com, eldinero.lat, dasgeld.co). High confidence.',
  },
  'sec-nous-distro': {
    short: 'Nous DisTrO preliminary report (26 Aug 2024)',
    detail: '4–5 orders of magnitude less traffic between GPUs; pretraining a 1.2B model went from 74.4 GB to 86.8 MB per step (857×). High confidence (whatthefuture.ai; Hacker News thread 41371083).',
  },
  'sec-nous-psyche': {
    short: 'Nous Research: Psyche',
    detail: 'Decentralized training network coordinated on Solana; testnet 14 May 2025; first run “Consilience”, 40B parameters on about 20T tokens. High confidence.',
    url: 'https://nousresearch.com/nous-psyche',
  },
  'sec-nous-hermes4': {
    short: 'Hermes 4 technical report, arXiv 2508.18255',
    detail: 'Hermes 4 (26–28 Aug 2025): 14B (Qwen3-14B base), 70B and 405B (Llama-3.1 base), hybrid reasoning; 405B scores MATH-500 96.3%, AIME’24 81.9%; about 60B tokens of post-training on 192 B200s. High confidence.',
    url: 'https://arxiv.org/abs/2508.18255',
  },
  'sec-hermes4-price': {
    short: 'nextomoro.com: Hermes 4 405B on OpenRouter',
    detail: 'About $0.30 input / $1.20 output per 1M tokens (2026). One source, low confidence.',
    url: 'https://nextomoro.com/hermes-4/',
  },
  // --- Model labs and leakage ----------------------------------------------------------------------
  'sec-llama-leak': {
    short: 'LLaMA weights leaked in 7 days (Mar 2023)',
    detail: 'Announced 24 Feb 2023; the weights were on a 4chan torrent by 3 Mar 2023 (grokipedia.com; a copy of the Wikipedia article). High confidence.',
    url: 'https://grokipedia.com/page/llama_language_model',
  },
  'sec-qwen-totals': {
    short: 'Xinhua: Qwen family totals (13 Jan 2026)',
    detail: 'About 400 Qwen models open-sourced, more than 180,000 derivatives, 700M cumulative Hugging Face downloads; Qwen passed Llama in downloads in Oct 2025 (via yourai.pro; arturmarkus.com). Medium confidence.',
  },
  // --- Linux and cloud -----------------------------------------------------------------------------
  'sec-red-hat': {
    short: 'IBM closes Red Hat deal (9 Jul 2019)',
    detail: 'IBM bought Red Hat, an open-source (Linux) vendor, for about $34B: announced Oct 2018, closed 9 Jul 2019 (cbronline.com; tech.newstatesman.com). High confidence.',
    url: 'https://www.cbronline.com/news/ibm-closes-red-hat-deal',
  },
  // --- Counter-evidence ----------------------------------------------------------------------------
  'sec-root-concentration': {
    short: 'Mentat Minds: root-network weights (19 Jun 2024)',
    detail: 'Before dTAO the top 5 validators held more than 65% of delegated TAO and the top 10 about 85% (Opentensor 25%, Taostats 13.5%, Foundry 11%). Medium confidence.',
  },
  'sec-flock-stake': {
    short: 'FLock.io, arXiv 2507.02951 (2025)',
    detail: 'Finds heavy stake concentration in subnets and rewards “overwhelmingly driven by stake” rather than quality; proposes capping stake at the 88th percentile. Written by a competitor: note the author’s incentive. Medium confidence.',
    url: 'https://arxiv.org/abs/2507.02951',
  },
  'sec-weight-copying': {
    short: 'Bittensor docs: weight copying',
    detail: 'Validators can copy the public weight matrix to earn dividends without evaluating miners; commit-reveal helps only if consensus weights change faster than the reveal interval (also docs.taostats.io/docs/weight-copying; edit 31 Oct 2025). High confidence.',
    url: 'https://docs.learnbittensor.org/concepts/weight-copying-in-bittensor',
  },
  'sec-chain-halt': {
    short: 'Blockbriefly: July 2024 exploit and chain halt',
    detail: 'On 2–3 Jul 2024 about 32,000 TAO (about $8M) was drained through a leaked key and the foundation put the chain in “safe mode” (blocks, no transactions); an earlier drain of $11.2M on 1 Jun 2024. TAO fell 15% to $227 (also fintechs.fi; cedifiloop.com). High confidence.',
  },
  'sec-governance-response': {
    short: 'taodaily.io: Novelty Search recap (early 2026)',
    detail: 'After the Covenant exit, Const stepped down as CEO of the Opentensor Foundation, with a plan to decentralize chain nodes and governance. Medium confidence.',
  },
  'sec-goodalexander': {
    short: 'goodalexander.com, “Bittensor TAO deep dive” (~Jan 2024)',
    detail: 'Says TAO “encourages collusion and runs on a fairly opaque basis”. Written under the handle IridiumEagle, which is the X handle of Ambient’s CEO: a conflict of interest. Medium confidence.',
    url: 'https://goodalexander.com/posts/bittensor-tao-deep-dive/',
  },
  'sec-sn1-redundant': {
    short: 'Eric Wall thread on old SN1 (Mar 2024)',
    detail: 'In the old SN1 design many miners ran the same model and were scored by similarity, so the same task was computed many times. Predates dTAO. Low–medium confidence.',
    url: 'https://followin.io/en/feed/9038289',
  },
  'sec-bell-curve': {
    short: 'Bell Curve podcast (2025–26)',
    detail: 'Bittensor “incentivizes miners to provide very cheap compute using their token”; crypto was “never meant to coordinate” the lower layers of AI value. Summarised by podcasts.chainofthought.xyz. Low confidence.',
  },
  'sec-sn41-dispute': {
    short: 'abittensorjourney.com: Sportstensor dispute (Nov 2025)',
    detail: 'The foundation cancelled Sportstensor (SN41)’s Novelty Search slot and SN41’s emission value fell 15% within minutes. Low confidence.',
  },
};
