// Synthetic enterprises for `zimao generate` (issue 8), with their names on the name register, written in batches
// so that 3.5 million never sit in memory at once.
//
// Credit codes (GB 32100-2015) are built with src/domain/uscc like the ones zimao issues, but from the
// organisation-code block `Y`: zimao issues from the blocks in uscc_blocks (`MA` by default, the block SAMR numbers
// new registrations from), so a generated code can never be one zimao issues or will issue. The generator refuses to
// run when a uscc_blocks prefix overlaps `Y`, and when generated enterprises are already on the register (a second
// run would reuse their codes).
import { addDays, type CivilDate, type WorkingDayCalendar } from '../../domain/calendar/index.ts';
import type { PreparedNameRules } from '../../domain/names/index.ts';
import { buildUscc, orgBodyForSequence } from '../../domain/uscc/index.ts';
import type { BulkWriter, Cell } from './bulk-insert.ts';
import { HOLDING_COLUMNS, PARTY_COLUMNS, type HoldingsGenerator } from './holdings.ts';
import { TradeNameAllocator } from './names.ts';
import { Prng, Weighted } from './prng.ts';
import type { Progress } from './progress.ts';
import { classPicker, type GenerationArea, type GenerationClass, type GenerationReference } from './reference.ts';
import { NAME_DIVISIONS, NAME_FORMS, SECTION_WEIGHTS } from './vocabulary.ts';

/** The organisation-code block of generated credit codes (positions 9–16 start with it). */
export const GENERATED_BLOCK = 'Y';
/** Ten years of establishments back from the day the data is generated for. */
const DAYS_BACK = 3652;

export const ENTERPRISE_COLUMNS = ['uscc', 'name', 'area_code', 'district_code', 'industry_code', 'status', 'established_on', 'particulars'] as const;
export const NAME_COLUMNS = ['name', 'trade_name', 'trade_name_pinyin', 'industry', 'status', 'since', 'uscc', 'created_at'] as const;

/** An enterprise an application file may be about. */
export interface FileSubject {
  uscc: string;
  areaCode: string;
}

export interface EnterprisesInput {
  writer: BulkWriter;
  seed: number;
  count: number;
  asOf: CivilDate;
  calendar: WorkingDayCalendar;
  reference: GenerationReference;
  rules: PreparedNameRules;
  batchSize: number;
  progress: Progress;
  /** One in `filesEvery` registered enterprises becomes the subject of an application file, up to `maxFiles`. */
  filesEvery: number;
  maxFiles: number;
  /** Writes each enterprise's direct holdings with it. */
  holdings: HoldingsGenerator;
}

export interface EnterprisesResult {
  enterprises: number;
  byStatus: Record<string, number>;
  foreignInvested: number;
  namesSkipped: number;
  fileSubjects: FileSubject[];
}

const FOREIGN_SHARES = [25, 30, 40, 49, 51, 60, 75, 100];

/** Registered capital in yuan: mostly 1–10 million, a long tail up; a joint-stock company at least 5 million. */
function capital(prng: Prng, jointStock: boolean): number {
  if (jointStock) return Math.round(10 ** (6.7 + 2.3 * prng.next()) / 100_000) * 100_000;
  return Math.max(10_000, Math.round(10 ** (5 + 3.2 * prng.next() ** 1.6) / 10_000) * 10_000);
}

/** The particulars as registration writes them (registeredParticulars), so far as the schema holds them without persons. */
function particulars(prng: Prng, legalForm: string, jointStock: boolean) {
  const registeredCapitalYuan = capital(prng, jointStock);
  const foreign = prng.chance(0.03);
  const foreignShare = foreign ? prng.pick(FOREIGN_SHARES) : 0;
  const foreignInvestment = foreign
    ? { foreignShare, largestForeignInvestorShare: foreignShare === 100 || prng.chance(0.7) ? foreignShare : Math.round(foreignShare / 2), legalRepresentativeForeign: prng.chance(0.5) }
    : null;
  const entityType = jointStock
    ? foreign ? '股份有限公司(外商投资、未上市)' : '股份有限公司(非上市)'
    : foreign ? (foreignShare === 100 ? '有限责任公司(外国法人独资)' : '有限责任公司(中外合资)') : prng.chance(0.7) ? '有限责任公司(自然人投资或控股)' : '有限责任公司';
  return { entityType, legalForm, registeredCapitalYuan, foreignInvestment };
}

/**
 * The day each enterprise was established, in the order of their credit codes (codes are issued as registrations
 * come, so the sequence grows with the date): evenly spaced quantiles of a distribution over the ten years before
 * `asOf` that grows 12 % a year and puts few registrations on rest days. Generating in date order also keeps each
 * batch within a month or two, so the rollup triggers (0022) upsert a few thousand groups per batch, not one per row.
 */
export class EstablishmentDays {
  private readonly days: CivilDate[];
  /** cumulative[k]: the weight of the days up to and including days[k], oldest first. */
  private readonly cumulative: number[] = [];
  private cursor = 0;

  constructor(calendar: WorkingDayCalendar, asOf: CivilDate, private readonly count: number) {
    this.days = Array.from({ length: DAYS_BACK + 1 }, (_, k) => addDays(asOf, k - DAYS_BACK));
    let sum = 0;
    this.days.forEach((day, k) => this.cumulative.push((sum += 1.12 ** (k / 365) * (calendar.isWorkday(day) ? 1 : 0.12))));
  }

  /** How many days before `asOf` enterprise `i` was established; `i` must not decrease between calls. */
  back(i: number): number {
    const target = ((i + 0.5) / this.count) * this.cumulative.at(-1)!;
    while (this.cumulative[this.cursor]! < target) this.cursor += 1;
    return this.days.length - 1 - this.cursor;
  }

  day(back: number): CivilDate {
    return this.days[this.days.length - 1 - back]!;
  }
}

export async function generateEnterprises(input: EnterprisesInput): Promise<EnterprisesResult> {
  const { writer, reference, rules, asOf } = input;
  const prng = new Prng(input.seed, 'enterprises');
  const names = new TradeNameAllocator(input.seed, rules);
  const areas = new Weighted<GenerationArea>(reference.areas, reference.areas.map((a) => a.weight));
  const sectionCodes = [...reference.classesBySection.keys()];
  const mix = new Prng(input.seed, 'industry-mix');
  const classes = new Map(sectionCodes.map((s) => [s, classPicker(mix, reference.classesBySection.get(s)!)]));
  const sections = new Weighted(sectionCodes, sectionCodes.map((s) => SECTION_WEIGHTS[s]!));
  const divisions = new Weighted(NAME_DIVISIONS.map((d) => d.text), NAME_DIVISIONS.map((d) => d.weight));
  const forms = new Weighted([...NAME_FORMS], NAME_FORMS.map((f) => f.weight));
  const established = new EstablishmentDays(input.calendar, asOf, input.count);
  const result: EnterprisesResult = { enterprises: 0, byStatus: {}, foreignInvested: 0, namesSkipped: 0, fileSubjects: [] };
  let inFlight: Promise<unknown> = Promise.resolve();
  let inFlightRows = 0;

  for (let from = 0; from < input.count; from += input.batchSize) {
    const to = Math.min(input.count, from + input.batchSize);
    const enterpriseRows: Cell[][] = [];
    const nameRows: Cell[][] = [];
    const ownership = { parties: [] as Cell[][], holdings: [] as Cell[][] };
    for (let i = from; i < to; i++) {
      const area = areas.draw(prng);
      const district = prng.pick(area.districts);
      const cls: GenerationClass = classes.get(sections.draw(prng))!.draw(prng);
      const wording = prng.pick(cls.words);
      const form = forms.draw(prng);
      const name = names.next(prng, rules.groupOf.get(wording) ?? wording, divisions.draw(prng), wording, form.text);
      const back = established.back(i);
      const establishedOn = established.day(back);
      let status = 'registered';
      let nameSince = establishedOn;
      if (back > 365 && prng.chance(0.08)) {
        status = 'deregistered';
        nameSince = established.day(prng.between(0, back - 180));
      } else if (back > 365 && prng.chance(0.012)) {
        status = 'liquidating';
      }
      const jointStock = form.legalForm === 'joint-stock-company';
      const facts = particulars(prng, form.legalForm, jointStock);
      const uscc = buildUscc({ authority: '9', entityType: '1', division: district, orgBody: orgBodyForSequence(GENERATED_BLOCK, i) });
      enterpriseRows.push([uscc, name.name, area.code, district, cls.code, status, establishedOn, facts]);
      // A deregistered name leaves the register on its day and blocks an identical one for a year (Art. 17).
      nameRows.push([name.name, name.tradeName, name.tradeNamePinyin, name.industry, status === 'deregistered' ? 'deregistered' : 'registered', nameSince, uscc, `${establishedOn}T09:30:00+08:00`]);
      input.holdings.forEnterprise(i, { uscc, name: name.name, establishedOn, endedOn: status === 'deregistered' ? nameSince : null }, ownership);
      result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
      if (facts.foreignInvestment) result.foreignInvested += 1;
      if (status === 'registered' && result.fileSubjects.length < input.maxFiles && prng.int(input.filesEvery) === 0) result.fileSubjects.push({ uscc, areaCode: area.code });
    }
    // The previous batch is still being written while this one was built; one batch in flight at a time.
    await inFlight;
    input.progress.advance(inFlightRows);
    inFlight = Promise.all([writer.copy('enterprises', ENTERPRISE_COLUMNS, enterpriseRows), writer.copy('enterprise_names', NAME_COLUMNS, nameRows),
      // Holdings after their parties (foreign keys); an entity holder is a party of this batch or an earlier one.
      writer.copy('parties', PARTY_COLUMNS, ownership.parties).then(() => writer.copy('holdings', HOLDING_COLUMNS, ownership.holdings)),
    ]);
    inFlight.catch(() => {}); // awaited with the next batch; this only keeps a failure from counting as unhandled meanwhile
    inFlightRows = to - from;
    result.enterprises = to;
  }
  await inFlight;
  input.progress.advance(inFlightRows);
  result.namesSkipped = names.rejected;
  return result;
}
