// The reference files of reference-data/registration/ and the zone's districts (geography/divisions.json), read and
// checked once per process.
import type { z } from 'zod';
import { BusinessScopeCatalogue, DomicileCatalogue, FollowUpTasks, IntegratedCertificates, type RegistrationData, type ZoneDistricts } from '../../../domain/registration/index.ts';
import { readReferenceJson } from '../reference/reference-files.ts';

let loaded: (RegistrationData & { zoneDistricts: ZoneDistricts }) | undefined;

function read<T extends z.ZodType>(schema: T, path: string): z.infer<T> {
  const parsed = schema.safeParse(readReferenceJson<unknown>(path).content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`reference-data/${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

// Guarantees: the same checked data on every call; a malformed file throws at first use, naming it and the field.
export function registrationData(): RegistrationData & { zoneDistricts: ZoneDistricts } {
  if (!loaded) {
    const divisions = readReferenceJson<{ divisions: { code: string; nameZh: string; inZone: boolean }[] }>('geography/divisions.json').content.divisions;
    loaded = {
      domicile: read(DomicileCatalogue, 'registration/domicile-catalogue.json'),
      scope: read(BusinessScopeCatalogue, 'registration/business-scope.json'),
      certificates: read(IntegratedCertificates, 'registration/integrated-certificates.json'),
      followUps: read(FollowUpTasks, 'registration/follow-up-tasks.json'),
      zoneDistricts: new Map(divisions.filter((d) => d.inZone).map((d) => [d.code, d.nameZh] as const)),
    };
  }
  return loaded;
}
