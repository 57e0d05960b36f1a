/**
 * Stories: a story's derivation graph (who copied whom), its facts consolidated across members
 * with their disagreements, and renderings as a text tree, Graphviz DOT and a self-contained HTML
 * page. Pure functions over stored articles; the JSON rendering is the `StoryGraph` itself.
 */
export type * from "./types.js";
export { buildStoryGraph, derivedShareOf, type StoryGraphOptions } from "./graph.js";
export { derivationDefaults, edgeConfidence, type DerivationSettings, type EdgeEvidence } from "./derivation.js";
export { factDefaults, type FactSettings } from "./facts.js";
export { createShingleContainment, type ContainmentFn } from "./shingles.js";
export { renderStoryFacts, renderStoryTree } from "./render-text.js";
export { renderStoryDot } from "./render-dot.js";
export { renderStoryHtml } from "./render-html.js";
