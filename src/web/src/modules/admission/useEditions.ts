import { useMemo } from 'react';
import type { EditionListItem } from '../../../../schemas/admission.ts';
import type { IndustrySearchResponse } from '../../../../schemas/reference.ts';
import { useApi, type ApiState } from '../../api/useApi.ts';
import { todayInShanghai } from '../calendar/dates.ts';
import { editionInForce } from './editionModel.ts';

type EditionListResponse = { items: EditionListItem[] };

export type Editions = ApiState<EditionListResponse> & {
  items: EditionListItem[];
  /** The edition in force today (Asia/Shanghai), if any. */
  current: EditionListItem | undefined;
};

/** Every negative-list edition (GET /api/negative-lists), oldest first, and the one in force today. */
export function useEditions(): Editions {
  const state = useApi<EditionListResponse>('/api/negative-lists');
  const items = useMemo(() => state.data?.items ?? [], [state.data]);
  const current = useMemo(() => editionInForce(items, todayInShanghai()), [items]);
  return { ...state, items, current };
}

/** The GB/T 4754-2017 section names by letter (A 农、林、牧、渔业 …), for headings. */
export function useSectionNames(): Map<string, { nameZh: string; nameEn: string | null }> {
  const { data } = useApi<IndustrySearchResponse>('/api/reference/industries', { level: 'section', limit: 50 });
  return useMemo(() => new Map((data?.items ?? []).map((i) => [i.code, { nameZh: i.nameZh, nameEn: i.nameEn }])), [data]);
}
