// The direct holdings the register states (MER Art. 8: a limited company's investors and their subscribed
// contributions are registration items): each investor's share is its subscription over the registered capital.
// Parties are keyed by what identifies them on the form, so the same person or company filed twice is one party.

export interface RegisteredInvestor {
  name: string;
  nationality: string;
  idType: string;
  idNumber: string;
  kind: 'person' | 'entity';
  subscribedYuan: number;
}

export interface DirectHolding {
  holderKind: 'person' | 'entity';
  holderKey: string;
  holderName: string;
  holderNationality: string;
  shareMin: number;
  shareMax: number;
}

/**
 * An entity with a Chinese credit code is keyed by the code alone, so a holder on the register and the same company
 * as a subject meet in the graph; anything else by document type, country and number (two countries may issue the
 * same passport number).
 */
export function partyKey(party: { idType: string; nationality: string; idNumber: string }): string {
  if (party.idType === 'uscc') return party.idNumber.trim().toUpperCase();
  return `${party.idType}:${party.nationality}:${party.idNumber.trim().toUpperCase()}`;
}

/** Shares as fractions of the registered capital, exact; more than the capital (never passed by review) counts as all. */
export function registeredHoldings(investors: readonly RegisteredInvestor[], registeredCapitalYuan: number): DirectHolding[] {
  return investors.map((investor) => {
    const share = Math.min(1, investor.subscribedYuan / registeredCapitalYuan);
    return { holderKind: investor.kind, holderKey: partyKey(investor), holderName: investor.name, holderNationality: investor.nationality, shareMin: share, shareMax: share };
  });
}
