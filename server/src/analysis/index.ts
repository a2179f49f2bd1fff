// The analysis core's public face: what the LSP and CLI layers import.
export * from './types';
export { analyze, createAnalyzer, isRuleEnabled, resolveOptions, type Analyzer, type DocumentOptions } from './analyze';
export { applyEdits, chosenFix, editsForFindings, fixText } from './fix';
export { RULES, ruleById } from './rules/index';
export { setDataLoader } from './data';
export { splitLines } from './text/paragraphs';
