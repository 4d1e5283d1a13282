import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** reference-data/ at the repository root: versioned data files with their sources (see its README). */
export const referenceDataDir = fileURLToPath(new URL('../../../../reference-data/', import.meta.url));

export interface ReferenceFile<T> {
  checksum: string;
  content: T;
}

/** Reads a reference file with the SHA-256 of its bytes, so a changed file is noticed and reloaded. */
export function readReferenceText(relativePath: string): ReferenceFile<string> {
  const bytes = readFileSync(referenceDataDir + relativePath);
  return { checksum: createHash('sha256').update(bytes).digest('hex'), content: bytes.toString('utf8') };
}

export function readReferenceJson<T>(relativePath: string): ReferenceFile<T> {
  const file = readReferenceText(relativePath);
  return { checksum: file.checksum, content: JSON.parse(file.content) as T };
}

export function readReferenceCsv(relativePath: string): ReferenceFile<Record<string, string>[]> {
  const file = readReferenceText(relativePath);
  return { checksum: file.checksum, content: parse(file.content, { columns: true, skip_empty_lines: true }) as Record<string, string>[] };
}

export interface SourceEntry {
  title: string;
  url?: string | null;
  version?: string;
}

/** One title and URL for a dataset's list of sources (the first source is the primary one). */
export function summariseSources(source: SourceEntry | SourceEntry[]): { title: string; url: string | null } {
  const list = Array.isArray(source) ? source : [source];
  return { title: list.map((s) => s.title).join('; '), url: list.find((s) => s.url)?.url ?? null };
}

/**
 * An effective date as precise as its source says (`2017-03` stays a month: a guessed day would be a
 * false fact); anything that is not YYYY, YYYY-MM or YYYY-MM-DD is refused so a bad file fails loudly.
 */
export function toDateColumn(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return value;
  throw new Error(`reference data: "${value}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
}
