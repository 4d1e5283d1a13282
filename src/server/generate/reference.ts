// What `zimao generate` draws from, read from the loaded reference tables (not copied from the files): the zone's
// areas with the districts each lies in (zone_unit_districts, GEO-02), and the GB/T 4754 classes with their section.
import type { DbOrTx } from '../db/database.ts';
import { Weighted, type Prng } from './prng.ts';
import { AREA_WEIGHTS, SECTION_WEIGHTS, WORDING_BY_CODE_PREFIX } from './vocabulary.ts';

export interface GenerationArea {
  code: string;
  weight: number;
  districts: string[];
}

export interface GenerationClass {
  code: string;
  section: string;
  /** The industry wording a name of this class may carry. */
  words: readonly string[];
}

/**
 * Within a section a few classes hold most enterprises (trade brokerage and agency, software, business services …):
 * the classes, in an order shuffled by the seed, weighted 1/rank (Zipf), so the class mix is skewed as a register's is.
 */
export function classPicker(prng: Prng, classes: readonly GenerationClass[]): Weighted<GenerationClass> {
  const order = [...classes];
  for (let i = order.length - 1; i > 0; i--) {
    const j = prng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return new Weighted(order, order.map((_, rank) => 1 / (rank + 1)));
}

export interface GenerationReference {
  areas: GenerationArea[];
  /** Classes that have industry wording, by section, for the sections the generator draws. */
  classesBySection: Map<string, GenerationClass[]>;
}

/** The longest listed prefix of a class code decides its wording; null when none is listed. */
export function wordingOf(classCode: string): readonly string[] | null {
  for (let n = classCode.length; n >= 2; n--) {
    const words = WORDING_BY_CODE_PREFIX[classCode.slice(0, n)];
    if (words) return words;
  }
  return null;
}

export async function readReference(db: DbOrTx): Promise<GenerationReference> {
  const areaRows = await db.selectFrom('zone_units').select('code').where('level', '=', 'area').orderBy('sort_order').orderBy('code').execute();
  const districtRows = await db.selectFrom('zone_unit_districts').select(['zone_unit_code', 'division_code']).orderBy('division_code').execute();
  const areas = areaRows
    .map((a) => ({ code: a.code, weight: AREA_WEIGHTS[a.code] ?? 1, districts: districtRows.filter((d) => d.zone_unit_code === a.code).map((d) => d.division_code) }))
    .filter((a) => a.districts.length > 0);
  if (areas.length === 0) throw new Error('zone_units holds no area with a district: the reference data is not loaded');

  const industries = await db.selectFrom('industries').select(['code', 'level', 'parent_code']).execute();
  const parent = new Map(industries.map((r) => [r.code, r.parent_code]));
  const sectionOf = (code: string): string => {
    let c: string | null | undefined = code;
    while (c && parent.get(c)) c = parent.get(c);
    return c ?? code;
  };
  const classesBySection = new Map<string, GenerationClass[]>();
  for (const row of industries.filter((r) => r.level === 'class').sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const words = wordingOf(row.code);
    const section = sectionOf(row.code);
    if (!words || SECTION_WEIGHTS[section] === undefined) continue;
    classesBySection.set(section, [...(classesBySection.get(section) ?? []), { code: row.code, section, words }]);
  }
  if (classesBySection.size === 0) throw new Error('industries holds no GB/T 4754 class: the reference data is not loaded');
  return { areas, classesBySection };
}
