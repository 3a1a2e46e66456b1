/** Parley's library API: what the CLI does, for code that calls Parley. */
export { run, processCorpus, corpusStages, writeOutputs, scoreAgainst, type RunOptions, type RunResult } from './run.js';
export { loadPipeline, processDocument, DEFAULT_PIPELINE, type Pipeline } from './pipeline.js';
export { score, formatScores, type Scores, type Example } from './score/mentions.js';
export { scoreBriefs, formatBriefScores } from './score/briefs.js';
export { parseBrat, formatBrat } from './io/brat.js';
export * from './model/schema.js';
