// What the name check answers (the CLI contract of `zimao names check`, issue 6): a verdict with its reasons,
// the blocking conflicts (NAME-10) and the advisory similar names (NAME-12), each with its rule and legal basis.

export type NameStatus = 'registered' | 'reserved' | 'deregistered' | 'changed' | 'revoked';
export type NameVerdict = 'available' | 'conflict' | 'rejected';

export interface NameReason {
  /** The rule of domain-rules §5.2, e.g. NAME-04. */
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly legalBasis: string;
}

export interface ExistingName {
  readonly name: string;
  readonly status: NameStatus;
  /** The day it was registered or reserved, or the day it was deregistered, changed or revoked. */
  readonly since: string;
  /** An investment relationship between the applicant and this enterprise (Art. 17 exception). */
  readonly relatedInvestment?: boolean | undefined;
}

export type SimilarKind = 'same-pronunciation' | 'contains-existing' | 'synonymous-industry' | 'identical-related-investment' | 'identical-lapsed';

export interface NameComparison {
  readonly name: string;
  readonly status: NameStatus;
  readonly since: string;
  readonly tradeName: string;
  readonly industry: string | null;
  readonly reason: NameReason;
}

export interface SimilarName extends NameComparison {
  readonly kind: SimilarKind;
}

export interface NameCheck {
  readonly parsed: { readonly division: string | null; readonly tradeName: string; readonly industry: string | null; readonly form: string | null };
  readonly verdict: NameVerdict;
  readonly reasons: readonly NameReason[];
  readonly conflicts: readonly NameComparison[];
  readonly similar: readonly SimilarName[];
  /** Toneless pinyin of the trade name, the key homophones are found by. */
  readonly tradeNamePinyin: string;
}

export const NAME_REGULATION = '《企业名称登记管理规定》(国务院令第734号)';
