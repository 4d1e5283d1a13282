// The differences between two negative-list editions, measure by measure (issue 5: "a public page shows the
// differences between two editions"). Editions do not number measures stably (2019 merged and dropped 2018's),
// so measures are paired by what they cover: the same section and overlapping industry codes (NL-21 prefixes
// count as overlap), best overlap first; an unpaired measure was added or removed.
import { industryCodesMatch, type SectionOf } from './industry-match.ts';
import { isIdentified, type Measure, type NegativeListEdition, type Restriction } from './negative-list-edition.ts';

export type MeasureChange = 'added' | 'removed' | 'changed' | 'unchanged';
export type MeasureDifference = 'text' | 'industryCodes' | 'restrictions' | 'section';

export interface MeasureDiff {
  readonly change: MeasureChange;
  readonly from: Measure | null;
  readonly to: Measure | null;
  readonly differences: readonly MeasureDifference[];
  readonly industryCodes: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly restrictions: { readonly from: readonly string[]; readonly to: readonly string[] };
}

// Guarantees: a condition written as 'TYPE[ percent%][ officer][ (scope)][ until sunset]', for comparing and showing.
export function describeRestriction(r: Restriction): string {
  const parts: string[] = [r.type];
  if (r.percent !== undefined) parts.push(`${r.percent}%`);
  if (r.officer !== undefined) parts.push(r.officer);
  if (r.scopeZh !== undefined) parts.push(`(${r.scopeZh})`);
  if (r.sunsetOn !== undefined) parts.push(`until ${r.sunsetOn}`);
  return parts.join(' ');
}

// Guarantees: how much two measures cover the same ground: the share of code pairs that match (0 when the
// sections differ and no code matches); 0 means they cannot be the same measure.
function overlap(a: Measure, b: Measure, sectionOf: SectionOf): number {
  let hits = 0;
  for (const x of a.industryCodes) for (const y of b.industryCodes) if (industryCodesMatch(x, y, sectionOf)) hits += 1;
  return hits === 0 ? 0 : hits / (a.industryCodes.length * b.industryCodes.length) + (a.section === b.section ? 1 : 0) + (a.textZh === b.textZh ? 2 : 0);
}

// Guarantees: every identified measure of `from` and of `to` appears in exactly one entry: pairs (changed or
// unchanged) in the order of `to`, then the added ones interleaved by `to` order, then the removed ones in
// `from` order. Pairing is greedy on the overlap score, highest first; ties go to the lower measure numbers.
export function diffEditions(from: NegativeListEdition, to: NegativeListEdition, sectionOf: SectionOf): MeasureDiff[] {
  const a = from.measures.filter(isIdentified);
  const b = to.measures.filter(isIdentified);
  const candidates: { i: number; j: number; score: number }[] = [];
  a.forEach((x, i) => b.forEach((y, j) => {
    const score = overlap(x, y, sectionOf);
    if (score > 0) candidates.push({ i, j, score });
  }));
  candidates.sort((p, q) => q.score - p.score || p.j - q.j || p.i - q.i);
  const pairOfTo = new Map<number, number>();
  const usedFrom = new Set<number>();
  for (const c of candidates) {
    if (pairOfTo.has(c.j) || usedFrom.has(c.i)) continue;
    pairOfTo.set(c.j, c.i);
    usedFrom.add(c.i);
  }
  const entries: MeasureDiff[] = b.map((y, j) => {
    const i = pairOfTo.get(j);
    return i === undefined ? entry(null, y) : entry(a[i]!, y);
  });
  a.forEach((x, i) => {
    if (!usedFrom.has(i)) entries.push(entry(x, null));
  });
  return entries;
}

function entry(from: Measure | null, to: Measure | null): MeasureDiff {
  const fromCodes = from?.industryCodes ?? [];
  const toCodes = to?.industryCodes ?? [];
  const restrictions = { from: (from?.restrictions ?? []).map(describeRestriction), to: (to?.restrictions ?? []).map(describeRestriction) };
  const industryCodes = { added: toCodes.filter((c) => !fromCodes.includes(c)), removed: fromCodes.filter((c) => !toCodes.includes(c)) };
  if (from === null || to === null) return { change: from === null ? 'added' : 'removed', from, to, differences: [], industryCodes, restrictions };
  const differences: MeasureDifference[] = [];
  if (from.textZh !== to.textZh) differences.push('text');
  if (industryCodes.added.length + industryCodes.removed.length > 0) differences.push('industryCodes');
  if (restrictions.from.join('|') !== restrictions.to.join('|')) differences.push('restrictions');
  if (from.section !== to.section) differences.push('section');
  return { change: differences.length === 0 ? 'unchanged' : 'changed', from, to, differences, industryCodes, restrictions };
}
