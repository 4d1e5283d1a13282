import { useState } from 'react';
import { Select } from 'antd';
import type { ApplicantsResponse } from '../../../../schemas/accounts.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/useT.ts';

export type ApplicantSelectProps = {
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
};

/**
 * 一窗受理: picks the applicant account a window officer files for, searched on the server by name or username
 * (GET /api/applicants?q=, at most 50 answers). A Form.Item control: value and onChange.
 */
export function ApplicantSelect({ id, value, onChange }: ApplicantSelectProps) {
  const t = useT();
  const [q, setQ] = useState('');
  const { data, loading } = useApi<ApplicantsResponse>('/api/applicants', { q: q.trim() });
  const [picked, setPicked] = useState<{ value: number; label: string } | undefined>(undefined);
  const options = (data?.items ?? []).map((a) => ({ value: a.id, label: `${a.displayName} (${a.username})` }));
  // The chosen account stays shown (with its name) while another search no longer lists it.
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(next: number | undefined, option) => {
        const chosen = Array.isArray(option) ? option[0] : option;
        setPicked(next !== undefined && chosen && typeof chosen.label === 'string' ? { value: next, label: chosen.label } : undefined);
        onChange?.(next);
      }}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={loading}
      notFoundContent={loading ? undefined : t('files.new.applicantNone')}
      style={{ maxWidth: 420 }}
      options={options}
    />
  );
}
