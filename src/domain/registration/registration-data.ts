// The reference files of reference-data/registration/ as schemas: the domicile catalogue, the business-scope
// catalogue, the certificates 多证合一 replaced and the follow-up tasks. Read once by the server and the tests.
import { z } from 'zod';

const Code = z.string().min(1);
const Day = z.iso.date();

export const DomicileCatalogue = z.object({
  dataset: z.literal('cqftz-domicile-catalogue'),
  places: z.array(z.object({ place: z.string().min(2), districtCode: z.string().regex(/^\d{6}$/), unitCode: Code, areaCode: Code })).min(1),
});
export type DomicileCatalogue = z.infer<typeof DomicileCatalogue>;

export const ScopeKind = z.enum(['general', 'licensed', 'preApproval']);
export const BusinessScopeCatalogue = z.object({
  dataset: z.literal('business-scope-catalogue'),
  items: z.array(z.object({ code: Code, zh: z.string().min(1), en: z.string().min(1), industryCode: z.string().regex(/^\d{4}$/), kind: ScopeKind })).min(1),
});
export type BusinessScopeCatalogue = z.infer<typeof BusinessScopeCatalogue>;
export type ScopeItem = BusinessScopeCatalogue['items'][number];

export const IntegratedCertificates = z.object({
  dataset: z.literal('integrated-certificates'),
  certificates: z.array(
    z.object({ key: Code, zh: z.string(), en: z.string(), department: z.string().nullable(), effectiveFrom: Day, effectiveTo: Day.optional(), confidence: z.string() }),
  ),
});
export type IntegratedCertificates = z.infer<typeof IntegratedCertificates>;

export const FollowUpTasks = z.object({
  dataset: z.literal('establishment-follow-up-tasks'),
  tasks: z
    .array(
      z.object({
        key: Code,
        zh: z.string(),
        en: z.string(),
        department: Code,
        workingDays: z.number().int().positive(),
        entityKinds: z.array(z.enum(['company', 'individual-business'])).min(1).describe('Which registrations the task follows'),
      }),
    )
    .min(1),
});
export type FollowUpTasks = z.infer<typeof FollowUpTasks>;

export interface RegistrationData {
  readonly domicile: DomicileCatalogue;
  readonly scope: BusinessScopeCatalogue;
  readonly certificates: IntegratedCertificates;
  readonly followUps: FollowUpTasks;
}

/** The certificates the licence integrates on `date` (多证合一): those in force that day. */
export function certificatesInForce(data: IntegratedCertificates, date: string): IntegratedCertificates['certificates'] {
  return data.certificates.filter((c) => c.effectiveFrom <= date && (c.effectiveTo === undefined || date <= c.effectiveTo));
}
