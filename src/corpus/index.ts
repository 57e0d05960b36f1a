/**
 * Corpus: the pipeline over a store. Ingest articles (sketch, place in a story, store), find an
 * article's likely sources, and assemble a story's members for the provenance graph.
 */
export { ingestArticles, type IngestOptions, type IngestSummary, type ItemOutcome, type Rejection } from "./ingest.js";
export { findSources, storedTarget, type SourceMatch, type SourcesOptions, type SourcesTarget, type Verification } from "./sources.js";
export { candidateDefaults, type CandidateSettings } from "./candidates.js";
export { storyDefaults, type StorySettings } from "./placement.js";
