// Enterprise names (domain-rules §5.2): pure domain code, no I/O. Start-up: parse reference-data/names/name-rules.json
// with NameRulesFile and prepare it once (prepareNameRules); per request: checkName(question, existing, rules).
export { NameRulesFile, prepareNameRules, type NameLegalForm, type PreparedNameRules } from './name-rules.ts';
export { normalizeName, parseName, type ParsedName } from './parse-name.ts';
export { ruleViolations } from './name-rules-check.ts';
export { compareWithRegister, stillBlocks, tradeNamePinyin } from './compare-names.ts';
export { checkName, type NameQuestion } from './check-name.ts';
export { ExistingNameInput, NameCheckInput, NameStatusSchema } from './name-check-input.ts';
export { tradeNameLookupKeys } from './lookup-keys.ts';
export type { ExistingName, NameCheck, NameComparison, NameReason, NameStatus, NameVerdict, SimilarKind, SimilarName } from './name-result.ts';
