/**
 * Public API of the claim engine. The always-on content script imports `./topic.ts` directly
 * (it is small); everything else comes from here.
 */
export { annotate, annotateSteps, type EngineAnnotateOptions } from './annotate.ts';
export { drain, type Steps } from './steps.ts';
export { topicGate, type TopicInput, type TopicResult } from './topic.ts';
export { splitSentences, paragraphBlocks } from './segment.ts';
export { detectLanguage, type LanguageGuess } from './language.ts';
export * from './types.ts';
