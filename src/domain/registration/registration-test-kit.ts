// Test kit for establishment: the shipped reference files, a valid form, and review facts that pass. Tests only.
import { readFileSync } from 'node:fs';
import { EstablishmentForm, type EstablishmentFormInput } from './establishment-form.ts';
import type { ReviewFacts } from './formal-review.ts';
import { deriveDomicile } from './domicile.ts';
import { BusinessScopeCatalogue, DomicileCatalogue } from './registration-data.ts';
import { residentIdCheckChar } from './resident-id.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../reference-data/${path}`, import.meta.url), 'utf8'));
export const scope = BusinessScopeCatalogue.parse(read('registration/business-scope.json'));
export const domicileCatalogue = DomicileCatalogue.parse(read('registration/domicile-catalogue.json'));
export const zoneDistricts = new Map(
  (read('geography/divisions.json') as { divisions: { code: string; nameZh: string; inZone: boolean }[] }).divisions.filter((d) => d.inZone).map((d) => [d.code, d.nameZh] as const),
);

/** A valid citizen identity number born on the given day (sequence 001–999 keeps them apart). */
export function residentId(birth = '19850312', sequence = 123): string {
  const first17 = `500112${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export const ADDRESS = '重庆市渝北区悦来街道悦来大道66号';

export function validForm(overrides: Partial<EstablishmentFormInput> = {}): EstablishmentFormInput {
  const chair = { name: '张三', nationality: 'CN', idType: 'resident-id' as const, idNumber: residentId('19850312', 101) };
  return {
    name: '重庆赤霞科技有限公司',
    legalForm: 'limited-liability-company',
    registeredCapitalYuan: 1_000_000,
    investors: [
      { ...chair, kind: 'person', subscribedYuan: 600_000, contributionForm: 'currency', contributionDueOn: '2030-12-31' },
      { name: '李四', nationality: 'CN', idType: 'resident-id', idNumber: residentId('19900101', 202), kind: 'person', subscribedYuan: 400_000, contributionForm: 'currency', contributionDueOn: '2030-12-31' },
    ],
    legalRepresentative: { ...chair, position: 'executive-director' },
    directors: [{ ...chair, position: 'executive-director' }],
    supervisors: [{ name: '王五', nationality: 'CN', idType: 'resident-id', idNumber: residentId('19920505', 303), position: 'supervisor' }],
    managers: [],
    businessScope: { itemCodes: ['S0101', 'S0103'], mainItemCode: 'S0101' },
    domicile: { address: ADDRESS, commitment: true },
    contact: { name: '张三', phone: '023-67000000' },
    ...overrides,
  };
}

export function passingFacts(form: EstablishmentFormInput, overrides: Partial<ReviewFacts> = {}): ReviewFacts {
  const parsed = EstablishmentForm.parse(form);
  return {
    today: '2026-11-24',
    name: { verdict: 'available', reasons: [] },
    reservation: null,
    scope,
    domicile: deriveDomicile(parsed.domicile.address, domicileCatalogue, zoneDistricts),
    admission: null,
    securityReviewFlagged: false,
    ...overrides,
  };
}
