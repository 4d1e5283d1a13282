import type { DepartmentsResponse } from '../../../../schemas/reference.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';

/** The departments (public reference data) as select options and a code → name function. */
export function useDepartments() {
  const name = useLocalName();
  const { data } = useApi<DepartmentsResponse>('/api/reference/departments');
  const items = data?.items ?? [];
  const byCode = new Map(items.map((d) => [d.code, name(d.nameZh, d.nameEn)]));
  return {
    options: items.map((d) => ({ value: d.code, label: name(d.nameZh, d.nameEn) })),
    nameOf: (code: string) => byCode.get(code) ?? code,
  };
}
