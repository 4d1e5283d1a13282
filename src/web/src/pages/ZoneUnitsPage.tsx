import { useState } from 'react';
import type { DivisionsResponse, ZoneUnitView, ZoneUnitsResponse } from '../../../schemas/reference.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { SourceNote } from '../components/SourceNote.tsx';
import { useT } from '../i18n/useT.ts';
import { ZoneUnitsTable } from '../modules/reference/ZoneUnitsTable.tsx';
import { ZoneUnitDrawer } from '../modules/reference/ZoneUnitDrawer.tsx';

/** /reference/areas: the zone's units with km², customs-zone flag, districts and clusters. */
export function ZoneUnitsPage() {
  const t = useT();
  const units = useApi<ZoneUnitsResponse>('/api/reference/zone-units');
  const divisions = useApi<DivisionsResponse>('/api/reference/divisions');
  const [open, setOpen] = useState<ZoneUnitView | undefined>(undefined);
  return (
    <>
      <PageHeading title={t('reference.areas.title')} description={t('reference.areas.intro')} />
      <ErrorAlert error={units.error} onRetry={units.reload} />
      <ZoneUnitsTable
        items={units.data?.items ?? []}
        divisions={divisions.data?.items ?? []}
        loading={units.loading}
        onOpen={setOpen}
      />
      <ZoneUnitDrawer unit={open} onClose={() => setOpen(undefined)} />
      <SourceNote source={units.data?.source} />
      {divisions.data && divisions.data.source.title !== units.data?.source.title && (
        <SourceNote source={divisions.data.source} />
      )}
    </>
  );
}
