// Test kit for the name check: the shipped vocabularies of reference-data/names, prepared once. Tests only.
import { readFileSync } from 'node:fs';
import { checkName } from './check-name.ts';
import type { ExistingName, NameCheck } from './name-result.ts';
import { NameRulesFile, prepareNameRules } from './name-rules.ts';

export const nameRules = prepareNameRules(NameRulesFile.parse(JSON.parse(readFileSync(new URL('../../../reference-data/names/name-rules.json', import.meta.url), 'utf8'))));

export const AS_OF = '2026-11-24';

export function check(name: string, existing: ExistingName[] = [], asOf = AS_OF): NameCheck {
  return checkName({ name, asOf }, existing, nameRules);
}

export const registered = (name: string, since = '2020-05-01'): ExistingName => ({ name, status: 'registered', since });
