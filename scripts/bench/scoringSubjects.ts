// What the scoring benchmark measures, in one module that scoringBench.ts bundles with esbuild as
// `npm run build` bundles `atlas` (scripts/atlas/bundle.cjs): the code timed is the code users run.
export { scoreDeal, scoreDealBand } from 'c/dealScoring';
export { BENCH_SETTINGS, buildEngine, scoreWithEngine } from './rulesEngineScoring';
export { LARGE_DEAL_SHAPE, syntheticDealStream, syntheticDeals } from './syntheticDeals';
