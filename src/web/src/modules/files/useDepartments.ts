import { useCallback, useMemo } from 'react';
import type { DepartmentsResponse } from '../../../../schemas/reference.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';

export type DepartmentOption = { value: string; label: string };

export type DepartmentsState = {
  options: DepartmentOption[];
  /** A department's name in the current language (its short Chinese name when there is one), or its code. */
  departmentName: (code: string) => string;
};

/** The departments of the zone (GET /api/reference/departments), for task and correction forms. */
export function useDepartments(): DepartmentsState {
  const name = useLocalName();
  const { data } = useApi<DepartmentsResponse>('/api/reference/departments');
  const options = useMemo(
    () => (data?.items ?? []).map((d) => ({ value: d.code, label: `${name(d.nameZh, d.nameEn)} (${d.code})` })),
    [data, name],
  );
  const departmentName = useCallback(
    (code: string) => {
      const d = data?.items.find((i) => i.code === code);
      return d ? name(d.nameZh, d.nameEn) : code;
    },
    [data, name],
  );
  return { options, departmentName };
}
