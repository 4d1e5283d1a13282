// The name vocabularies shipped in reference-data/names/name-rules.json, read and prepared once per process.
import { NameRulesFile, prepareNameRules, type PreparedNameRules } from '../../../domain/names/index.ts';
import { readReferenceJson } from '../reference/reference-files.ts';

let prepared: PreparedNameRules | undefined;

// Guarantees: the same prepared rules on every call; a malformed file throws naming the field, at first use.
export function nameRules(): PreparedNameRules {
  if (!prepared) {
    const parsed = NameRulesFile.safeParse(readReferenceJson<unknown>('names/name-rules.json').content);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`reference-data/names/name-rules.json: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
    }
    prepared = prepareNameRules(parsed.data);
  }
  return prepared;
}
