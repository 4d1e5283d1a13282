import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import type { ScopeCatalogueResponse } from '../../../../schemas/registration.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';

export type ScopeItem = z.infer<typeof ScopeCatalogueResponse>['items'][number];

export type ScopeCatalogue = {
  items: ScopeItem[];
  loading: boolean;
  error: unknown;
  reload: () => void;
  byCode: (code: string) => ScopeItem | undefined;
  /** A scope item's wording in the current language, or its code when the catalogue does not know it. */
  itemName: (code: string) => string;
};

/** The business-scope wordings the one form chooses from (GET /api/registration/scope-catalogue, public). */
export function useScopeCatalogue(): ScopeCatalogue {
  const name = useLocalName();
  const { data, loading, error, reload } = useApi<z.infer<typeof ScopeCatalogueResponse>>('/api/registration/scope-catalogue');
  const items = useMemo(() => data?.items ?? [], [data]);
  const map = useMemo(() => new Map(items.map((i) => [i.code, i] as const)), [items]);
  const byCode = useCallback((code: string) => map.get(code), [map]);
  const itemName = useCallback(
    (code: string) => {
      const item = map.get(code);
      return item ? name(item.zh, item.en) : code;
    },
    [map, name],
  );
  return { items, loading, error, reload, byCode, itemName };
}
