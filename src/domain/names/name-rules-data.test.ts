// The shipped vocabularies (reference-data/names/name-rules.json) are consistent with themselves and with the
// geography data: a word in two synonym groups, or a zone district the name rules do not know, would make the check
// answer differently from the data it claims to follow.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NameRulesFile } from './name-rules.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../reference-data/${path}`, import.meta.url), 'utf8'));
const file = NameRulesFile.parse(read('names/name-rules.json'));

describe('reference-data/names/name-rules.json', () => {
  it('the registering districts are exactly the zone districts of geography/divisions.json (Trial Measures Art. 2)', () => {
    const divisions = read('geography/divisions.json').divisions as { nameZh: string; inZone: boolean }[];
    expect([...file.registeringDivisions.districts].sort()).toEqual(divisions.filter((d) => d.inZone).map((d) => d.nameZh).sort());
  });

  it('no industry word is in two synonym groups, and no feature word is also an industry word', () => {
    const seen = new Map<string, string>();
    for (const g of file.industryWording.groups) {
      for (const w of g.words) {
        expect(seen.get(w), `${w} in ${seen.get(w)} and ${g.group}`).toBeUndefined();
        seen.set(w, g.group);
      }
    }
    for (const w of file.industryWording.feature) expect(seen.has(w), w).toBe(false);
  });

  it('no division is both the zone authority’s and another’s', () => {
    const registering = new Set([...file.registeringDivisions.cities, ...file.registeringDivisions.districts]);
    const other = [...file.otherDivisions.provincial, ...file.otherDivisions.chongqingOther, ...file.otherDivisions.cities];
    expect(other.filter((d) => registering.has(d))).toEqual([]);
  });

  it('every form names at least one legal form, and the periods are the regulation’s', () => {
    expect(file.forms.entries.every((f) => f.legalForms.length > 0)).toBe(true);
    expect(file.conflictPeriod.years).toBe(1); // Art. 17 items 2–3
    expect(file.reservation.months).toBe(2); // Art. 18, TIME-21
  });
});
