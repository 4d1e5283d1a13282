// The negative-list editions as the public reads them: the list with each edition's period of force, one
// edition in full, and the differences between two.
import { AppError } from '../../../domain/app-error.ts';
import { diffEditions, type NegativeListEdition } from '../../../domain/admission/index.ts';
import { addDays } from '../../../domain/calendar/index.ts';
import type { EditionDetailResponse, EditionDiffResponse, EditionListItem } from '../../../schemas/admission.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { EditionRow } from './repository.ts';
import { preparedEditions } from './service.ts';

type Entry = { edition: NegativeListEdition; row: EditionRow };

function summary(e: NegativeListEdition) {
  return { code: e.code, titleZh: e.titleZh, titleEn: e.titleEn, effectiveFrom: e.effectiveFrom, reconstructed: e.reconstructed };
}

// Guarantees: the list item of an edition; effectiveTo is the day before the next edition takes effect (NL-01).
function listItem({ edition, row }: Entry, next: NegativeListEdition | undefined): EditionListItem {
  return {
    ...summary(edition),
    instrument: edition.instrument,
    issuedOn: edition.issuedOn,
    effectiveTo: next ? addDays(next.effectiveFrom, -1) : null,
    measureCount: edition.measureCount,
    revision: row.revision,
    origin: row.origin,
    loadedAt: row.loadedAt.toISOString(),
  };
}

async function ordered(db: DbOrTx): Promise<Entry[]> {
  const { editions } = await preparedEditions(db);
  return [...editions.values()].sort((a, b) => a.edition.effectiveFrom.localeCompare(b.edition.effectiveFrom));
}

/** Every edition, oldest first. */
export async function listEditions(db: DbOrTx): Promise<{ items: EditionListItem[] }> {
  const all = await ordered(db);
  return { items: all.map((e, i) => listItem(e, all[i + 1]?.edition)) };
}

async function entryOf(db: DbOrTx, code: string, field: string): Promise<{ entry: Entry; next: NegativeListEdition | undefined }> {
  const all = await ordered(db);
  const index = all.findIndex((e) => e.edition.code === code);
  if (index < 0) throw new AppError('NOT_FOUND', { field, message: `no negative-list edition ${code}; known: ${all.map((e) => e.edition.code).join(', ')}` });
  return { entry: all[index]!, next: all[index + 1]?.edition };
}

/** One edition with its measures and sources. */
export async function getEdition(db: DbOrTx, code: string): Promise<EditionDetailResponse> {
  const { entry, next } = await entryOf(db, code, 'code');
  return { ...listItem(entry, next), sources: entry.edition.sources.map((s) => ({ ...s })), measures: entry.edition.measures.map((m) => ({ ...m })) };
}

/** One edition as its NegativeListEdition document (for the workbook export). */
export async function editionDocument(db: DbOrTx, code: string): Promise<NegativeListEdition> {
  return (await entryOf(db, code, 'code')).entry.edition;
}

/** The differences from one edition to another, measure by measure. */
export async function diff(db: DbOrTx, fromCode: string, toCode: string): Promise<EditionDiffResponse> {
  const from = (await entryOf(db, fromCode, 'from')).entry.edition;
  const to = (await entryOf(db, toCode, 'to')).entry.edition;
  const { prepared } = await preparedEditions(db);
  const entries = diffEditions(from, to, prepared.sectionOf).map((d) => ({
    change: d.change,
    from: d.from && { no: d.from.no, textZh: d.from.textZh, textEn: d.from.textEn },
    to: d.to && { no: d.to.no, textZh: d.to.textZh, textEn: d.to.textEn },
    differences: [...d.differences],
    industryCodes: { added: [...d.industryCodes.added], removed: [...d.industryCodes.removed] },
    restrictions: { from: [...d.restrictions.from], to: [...d.restrictions.to] },
  }));
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const e of entries) counts[e.change] += 1;
  return { from: summary(from), to: summary(to), counts, entries };
}
