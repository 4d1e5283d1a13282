// The editions shipped with zimao in reference-data/negative-lists/ (see its README), read and validated.
import { readdirSync } from 'node:fs';
import { NegativeListEdition } from '../../../domain/admission/index.ts';
import { referenceDataDir, readReferenceJson } from '../reference/reference-files.ts';

const FOLDER = 'negative-lists/';

// Guarantees: every *.json edition of the folder, parsed (a malformed shipped file throws, naming it and the field).
export function readBundledEditions(): NegativeListEdition[] {
  const names = readdirSync(referenceDataDir + FOLDER).filter((n) => n.endsWith('.json')).sort();
  return names.map((name) => {
    const parsed = NegativeListEdition.safeParse(readReferenceJson<unknown>(FOLDER + name).content);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`reference-data/${FOLDER}${name}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
    }
    return parsed.data;
  });
}
