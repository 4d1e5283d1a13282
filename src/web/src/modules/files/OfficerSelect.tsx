import { Select } from 'antd';
import type { StaffResponse } from '../../../../schemas/accounts.ts';
import { useApi } from '../../api/useApi.ts';

export type OfficerSelectProps = {
  role: 'window_officer' | 'department_reviewer';
  departmentCode?: string | null;
  value?: number;
  onChange?: (value: number) => void;
  disabled?: boolean;
};

/** Chooses a colleague by name from the staff directory (a Form.Item control: value and onChange). */
export function OfficerSelect({ role, departmentCode, value, onChange, disabled }: OfficerSelectProps) {
  const query = departmentCode ? { role, departmentCode } : { role };
  const { data, loading } = useApi<StaffResponse>('/api/staff', query);
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      disabled={disabled}
      loading={loading}
      showSearch
      optionFilterProp="label"
      style={{ minWidth: 240 }}
      options={(data?.items ?? []).map((s) => ({ value: s.id, label: `${s.displayName} (#${s.id})` }))}
    />
  );
}
