// Splits an enterprise name into its four parts (NAME-01, Art. 6): administrative division + trade name (字号) +
// industry or business-feature wording + organisational form. The division may also follow the trade name in
// brackets (红光（重庆）酒业有限公司, the SAIC 2017 comparison rules' "same words in another order").
import type { NameLegalForm, PreparedNameRules } from './name-rules.ts';

export type DivisionKind = 'registering' | 'other';

export interface ParsedName {
  /** The name as compared: trimmed, without spaces, half-width brackets made full-width. */
  readonly normalized: string;
  readonly division: string | null;
  readonly divisionKind: DivisionKind | null;
  readonly developmentZone: string | null;
  readonly tradeName: string;
  /** Industry and feature wording as written, or null when the name has none (Art. 6: cross-industry names). */
  readonly industry: string | null;
  readonly industryWords: readonly string[];
  /** Organisational form including a group marker (集团有限公司), or null when none is recognised. */
  readonly form: string | null;
  readonly legalForms: readonly NameLegalForm[];
  /** （中国） after a foreign investor's trade name (Art. 12 para. 2). */
  readonly chinaMarker: boolean;
}

export function normalizeName(name: string): string {
  return name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

export function parseName(name: string, rules: PreparedNameRules): ParsedName {
  const normalized = normalizeName(name);
  let rest = normalized;
  let form: string | null = null;
  let legalForms: readonly NameLegalForm[] = [];
  const formEntry = rules.forms.find((f) => rest.endsWith(f.text) && rest.length > f.text.length);
  if (formEntry) {
    rest = rest.slice(0, -formEntry.text.length);
    form = formEntry.text;
    legalForms = formEntry.legalForms;
    const marker = rules.groupMarkers.find((m) => rest.endsWith(m) && rest.length > m.length);
    if (marker) {
      rest = rest.slice(0, -marker.length);
      form = marker + form;
    }
  }
  const marker = rules.allowedMarkers.map(normalizeName).find((m) => rest.includes(m));
  if (marker) rest = rest.replace(marker, '');

  let division: string | null = null;
  let divisionKind: DivisionKind | null = null;
  const prefix = rules.divisionPrefixes.find((p) => rest.startsWith(p.text));
  if (prefix) {
    division = prefix.text;
    divisionKind = prefix.kind;
    rest = rest.slice(division.length);
  }
  const developmentZone = rules.developmentZones.find((z) => rest.startsWith(z)) ?? null;
  if (developmentZone) rest = rest.slice(developmentZone.length);
  if (!division) {
    const bracketed = bracketedDivision(rest, rules);
    if (bracketed) {
      division = bracketed.division;
      divisionKind = bracketed.kind;
      rest = bracketed.rest;
    }
  }
  const split = splitTradeName(rest, rules);
  return {
    normalized,
    division,
    divisionKind,
    developmentZone,
    tradeName: split.tradeName,
    industry: split.industryWords.length > 0 ? split.industryWords.join('') : null,
    industryWords: split.industryWords,
    form,
    legalForms,
    chinaMarker: marker !== undefined,
  };
}

function bracketedDivision(rest: string, rules: PreparedNameRules): { division: string; kind: DivisionKind; rest: string } | null {
  for (const match of rest.matchAll(/（([^（）]+)）/g)) {
    const inner = match[1]!;
    const known = rules.divisionPrefixes.find((p) => p.text === inner);
    if (known) return { division: inner, kind: known.kind, rest: rest.slice(0, match.index) + rest.slice(match.index + match[0].length) };
  }
  return null;
}

/**
 * The trade name is the shortest non-empty head after which the rest reads entirely as industry and feature words
 * (红光科技发展 → 红光 + 科技·发展; 红光明科技 → 红光明 + 科技; 红科技 → 红 + 科技, too short for NAME-04).
 * A name with no such tail has no industry wording. X业 counts as an industry word (酒业, 矿业) even when it is
 * not listed.
 */
function splitTradeName(rest: string, rules: PreparedNameRules): { tradeName: string; industryWords: string[] } {
  for (let k = 1; k < rest.length; k++) {
    const words = decompose(rest.slice(k), rules);
    if (words) return { tradeName: rest.slice(0, k), industryWords: words };
  }
  return { tradeName: rest, industryWords: [] };
}

function decompose(text: string, rules: PreparedNameRules): string[] | null {
  // best[i] = the words covering text[i..]; filled from the end so each position is decided once.
  const best: (string[] | null)[] = new Array(text.length + 1).fill(null);
  best[text.length] = [];
  for (let i = text.length - 1; i >= 0; i--) {
    for (const { word, qualifier } of rules.industryWords) {
      const tail = best[i + word.length] ?? null;
      if (tail && (!qualifier || tail.length > 0) && text.startsWith(word, i)) {
        best[i] = [word, ...tail];
        break;
      }
    }
    const suffixWord = text.slice(i, i + 2);
    if (!best[i] && suffixWord.length === 2 && suffixWord.endsWith(rules.industrySuffix) && best[i + 2]) best[i] = [suffixWord, ...best[i + 2]!];
  }
  return best[0] ?? null;
}
