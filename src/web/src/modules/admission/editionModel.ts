// The shapes of a negative-list edition as the web app reads them. GET /api/negative-lists/:code gives the measures
// as the edition file holds them (src/domain/admission/negative-list-edition.ts); the web app shares types with
// the server only through src/schemas, so the measure shape is written out here and each item is checked.
import type { EditionListItem } from '../../../../schemas/admission.ts';

export type Officer = 'legal_representative' | 'principal';

/** One condition of a measure (NL-16); the type stays a string so an unknown one is still shown. */
export type RestrictionView = {
  type: string;
  percent?: number;
  officer?: Officer;
  scopeZh?: string;
  scopeEn?: string;
  sunsetOn?: string;
};

export type IdentifiedMeasure = {
  no: number;
  section: string;
  textZh: string;
  textEn: string;
  industryCodes: string[];
  restrictions: RestrictionView[];
  wordingReconstructed: boolean;
  note?: string;
};

export type UnidentifiedMeasure = { no: number; identified: false; note: string };

export type EditionMeasure = IdentifiedMeasure | UnidentifiedMeasure;

export function isIdentified(m: EditionMeasure): m is IdentifiedMeasure {
  return !('identified' in m);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Guarantees: the measures the server sent, each either identified (with text, codes, conditions) or not; an item
// of neither shape is left out rather than breaking the page.
export function readMeasures(raw: readonly Record<string, unknown>[]): EditionMeasure[] {
  const out: EditionMeasure[] = [];
  for (const m of raw) {
    if (typeof m.no !== 'number') continue;
    if (m.identified === false) {
      out.push({ no: m.no, identified: false, note: typeof m.note === 'string' ? m.note : '' });
      continue;
    }
    if (typeof m.textZh !== 'string' || !Array.isArray(m.industryCodes) || !Array.isArray(m.restrictions)) continue;
    out.push({
      no: m.no,
      section: typeof m.section === 'string' ? m.section : '',
      textZh: m.textZh,
      textEn: typeof m.textEn === 'string' ? m.textEn : m.textZh,
      industryCodes: m.industryCodes.filter((c): c is string => typeof c === 'string'),
      restrictions: m.restrictions.filter(isRecord).map((r) => ({ ...r, type: String(r.type) }) as RestrictionView),
      wordingReconstructed: m.wordingReconstructed === true,
      ...(typeof m.note === 'string' ? { note: m.note } : {}),
    });
  }
  return out;
}

/** NL-01: the edition in force on a day is the latest whose effectiveFrom is on or before it. */
export function editionInForce(items: readonly EditionListItem[], day: string): EditionListItem | undefined {
  let best: EditionListItem | undefined;
  for (const item of items) if (item.effectiveFrom <= day && (!best || item.effectiveFrom > best.effectiveFrom)) best = item;
  return best;
}

/** The edition that took effect before `code` (the items are oldest first). */
export function editionBefore(items: readonly EditionListItem[], code: string | undefined): EditionListItem | undefined {
  const sorted = [...items].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const index = sorted.findIndex((i) => i.code === code);
  return index > 0 ? sorted[index - 1] : undefined;
}
