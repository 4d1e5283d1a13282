// The ownership graph of `zimao generate` (issue 8): each enterprise's direct holdings, about 1.5 per enterprise, as
// the register states them (src/server/features/ownership): natural persons — some holding several companies — and
// other enterprises of the register, a few of them in cycles, some shares known only as a band (BO-22).
// A holder enterprise is drawn from the enterprises generated just before (a window of their party ids), so 3.5
// million need not be remembered; chains still run deep, since each of those has holders of its own.
// Party ids are handed out here from the first one the caller reserved (generate.ts), enterprises and persons alike.
import { addDays, type CivilDate } from '../../domain/calendar/index.ts';
import { partyKey } from '../../domain/ownership/index.ts';
import { residentIdCheckChar } from '../../domain/registration/resident-id.ts';
import type { Cell } from './bulk-insert.ts';
import { Prng, Weighted } from './prng.ts';
import { FOREIGN_COUNTRIES, PERSON_GIVEN_CHARS, PERSON_SURNAMES } from './vocabulary.ts';

export const PARTY_COLUMNS = ['id', 'kind', 'key', 'name', 'nationality'] as const;
export const HOLDING_COLUMNS = ['subject_id', 'holder_id', 'holder_kind', 'share_min', 'share_max', 'valid_from', 'valid_to', 'source'] as const;

/** How many enterprises back a holder enterprise is drawn from. */
const WINDOW = 50_000;
/** One enterprise in this many is held back by a later one: a cycle of two (BO-24; about 0.01% of UK companies, 0.05% here). */
const CYCLE_EVERY = 2_000;
/** The later enterprise that closes the cycle, this many places on, and the share it takes. */
const CYCLE_GAP = 100;
const CYCLE_SHARE = 0.05;
/** Counties of Chongqing whose codes start the generated identity numbers (GB/T 2260). */
const ID_REGIONS = ['500103', '500104', '500105', '500106', '500107', '500108', '500112', '500113'];

export interface HoldingsResult {
  holdings: number;
  persons: number;
  entityHoldings: number;
  ranges: number;
  cycles: number;
}

interface Recent {
  partyId: number;
}

export class HoldingsGenerator {
  private readonly prng: Prng;
  private readonly holderCounts = new Weighted([1, 2, 3], [60, 30, 10]);
  private readonly recent: Recent[] = [];
  /** Enterprises waiting for the later one that will hold part of them: sequence → its code and name. */
  private readonly cycleStarts = new Map<number, Recent>();
  readonly result: HoldingsResult = { holdings: 0, persons: 0, entityHoldings: 0, ranges: 0, cycles: 0 };
  /** Party ids handed out so far, from the first one given; the person with number p is personIds[p]. */
  private nextPartyId: number;
  private readonly personIds: number[] = [];

  constructor(seed: number, firstPartyId: number) {
    this.prng = new Prng(seed, 'holdings');
    this.nextPartyId = firstPartyId;
  }

  /** The id the next new party would get: one past the last handed out. */
  get partyIdsEnd(): number {
    return this.nextPartyId;
  }

  /**
   * Enterprise `i` (in order) as a party, and its holdings from its establishment to its deregistration; new persons
   * among its holders as parties too.
   */
  forEnterprise(i: number, enterprise: { uscc: string; name: string; establishedOn: CivilDate; endedOn: CivilDate | null }, out: { parties: Cell[][]; holdings: Cell[][] }): void {
    const prng = this.prng;
    const self: Recent = { partyId: this.nextPartyId++ };
    out.parties.push([self.partyId, 'entity', enterprise.uscc, enterprise.name, 'CN']);
    const row = (subject: number, kind: 'person' | 'entity', holder: number, min: number, max: number) => {
      out.holdings.push([subject, holder, kind, min, max, enterprise.establishedOn, enterprise.endedOn, 'generated']);
      this.result.holdings += 1;
    };
    const startsCycle = i % CYCLE_EVERY === CYCLE_EVERY - CYCLE_GAP - 1;
    let rest = startsCycle ? 1 - CYCLE_SHARE : 1;
    const count = this.holderCounts.draw(prng);
    for (let k = 0; k < count; k++) {
      const share = k === count - 1 ? rest : Math.round(rest * (0.3 + 0.5 * prng.next()) * 1000) / 1000;
      rest -= share;
      const [min, max] = this.bounds(share);
      const closing = this.cycleStarts.get(i - CYCLE_GAP);
      if (k === 0 && closing) {
        // Enterprise i holds part of the one CYCLE_GAP before, which holds part of i: the two hold each other.
        this.cycleStarts.delete(i - CYCLE_GAP);
        row(self.partyId, 'entity', closing.partyId, min, max);
        row(closing.partyId, 'entity', self.partyId, CYCLE_SHARE, CYCLE_SHARE);
        this.result.entityHoldings += 2;
        this.result.cycles += 1;
      } else if (this.recent.length > 0 && prng.chance(0.2)) {
        const holder = this.recent[prng.int(this.recent.length)]!;
        row(self.partyId, 'entity', holder.partyId, min, max);
        this.result.entityHoldings += 1;
      } else {
        row(self.partyId, 'person', this.person(out.parties), min, max);
      }
    }
    if (startsCycle) this.cycleStarts.set(i, self);
    if (this.recent.length < WINDOW) this.recent.push(self);
    else this.recent[i % WINDOW] = self;
  }

  /** Exact mostly; one holding in thirty known only as its band (25–50%, 50–75%, 75–100%, or under 25%). */
  private bounds(share: number): [number, number] {
    if (!this.prng.chance(1 / 30)) return [share, share];
    this.result.ranges += 1;
    const band = Math.min(3, Math.floor(share * 4));
    return band === 0 ? [0, 0.25] : [band / 4, band === 3 ? 1 : (band + 1) / 4];
  }

  /** A new investor most of the time (written as a party); three in ten already hold another company. Its party id. */
  private person(parties: Cell[][]): number {
    const prng = this.prng;
    if (this.result.persons > 0 && prng.chance(0.3)) return this.personIds[prng.int(this.result.persons)]!;
    const p = this.result.persons++;
    const id = this.nextPartyId++;
    this.personIds.push(id);
    const name = PERSON_SURNAMES[p % PERSON_SURNAMES.length]! + PERSON_GIVEN_CHARS[Math.floor(p / 7) % PERSON_GIVEN_CHARS.length]! + (p % 3 === 0 ? '' : PERSON_GIVEN_CHARS[Math.floor(p / 13) % PERSON_GIVEN_CHARS.length]!);
    if (p % 50 === 49) {
      const country = FOREIGN_COUNTRIES[p % FOREIGN_COUNTRIES.length]!;
      parties.push([id, 'person', partyKey({ idType: 'passport', nationality: country, idNumber: `P${String(p).padStart(9, '0')}` }), name, country]);
    } else {
      parties.push([id, 'person', partyKey({ idType: 'resident-id', nationality: 'CN', idNumber: residentIdNumber(p) }), name, 'CN']);
    }
    return id;
  }
}

/** A valid GB 11643 number unique to person p: region, a birth day between 1950 and 1999, a sequence. */
function residentIdNumber(p: number): string {
  const region = ID_REGIONS[p % ID_REGIONS.length]!;
  const rest = Math.floor(p / ID_REGIONS.length);
  const birth = addDays('1950-01-01', rest % 18_000).replaceAll('-', '');
  const first17 = `${region}${birth}${String(Math.floor(rest / 18_000) % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}
