// The indicator catalogue of reference-data/plan/indicators.json, read and checked once per process (the file is
// versioned with the code; a broken file stops the first request that needs it with every problem listed).
import { parseCatalogue, type Catalogue } from '../../../domain/indicators/index.ts';
import { readReferenceJson } from '../reference/reference-files.ts';

export const CATALOGUE_FILE = 'plan/indicators.json';
let cached: Catalogue | undefined;

export function indicatorCatalogue(): Catalogue {
  cached ??= parseCatalogue(readReferenceJson<unknown>(CATALOGUE_FILE).content);
  return cached;
}
