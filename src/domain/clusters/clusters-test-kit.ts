// Test kit: the shipped reference files, read and validated as the feature reads them (used by *.test.ts only).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAppError, type AppError } from '../app-error.ts';
import { ClusterCatalogue } from './cluster-catalogue.ts';
import type { ZoneUnitFacts } from './cluster-fit.ts';

const root = fileURLToPath(new URL('../../../reference-data/', import.meta.url));

// Guarantees: the parsed JSON of a file under reference-data/.
export function referenceJson(path: string): unknown {
  return JSON.parse(readFileSync(root + path, 'utf8'));
}

// Guarantees: the rows of reference-data/industries/gbt4754-2017.csv (no quoted fields in that file).
export function industryRows(): { code: string; level: string; parent: string; nameZh: string }[] {
  const [, ...lines] = readFileSync(root + 'industries/gbt4754-2017.csv', 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [code, level, parent, nameZh] = line.split(',');
    return { code: code!, level: level!, parent: parent ?? '', nameZh: nameZh ?? '' };
  });
}

export const catalogue: ClusterCatalogue = ClusterCatalogue.parse(referenceJson('plan/clusters.json'));

interface ZoneUnitJson { code: string; level: string; parentCode: string | null; nameZh: string; nameEn: string; clusters?: string[] }
export const zoneUnits: ZoneUnitFacts[] = (referenceJson('geography/zone-units.json') as { units: ZoneUnitJson[] }).units.map((u) => ({
  code: u.code, level: u.level, parentCode: u.parentCode, nameZh: u.nameZh, nameEn: u.nameEn, clusters: u.clusters ?? [],
}));

// Guarantees: the AppError fn throws; rethrows any other error; fails when nothing is thrown.
export function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}
