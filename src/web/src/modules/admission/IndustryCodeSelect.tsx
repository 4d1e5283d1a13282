import { useEffect, useState } from 'react';
import { Select } from 'antd';
import type { IndustrySearchResponse, IndustryView } from '../../../../schemas/reference.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';

export type IndustryCodeSelectProps = {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  'aria-invalid'?: boolean;
};

/**
 * Picks GB/T 4754-2017 codes, searched on the server by code, Chinese, pinyin or English
 * (GET /api/reference/industries?q=). A Form.Item control: value and onChange.
 */
export function IndustryCodeSelect({ id, value, onChange, 'aria-invalid': invalid }: IndustryCodeSelectProps) {
  const t = useT();
  const localName = useLocalName();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  // Search a moment after the last key, so a fast typist does not send a request per character.
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(draft.trim()), 200);
    return () => window.clearTimeout(timer);
  }, [draft]);
  const { data, loading } = useApi<IndustrySearchResponse>('/api/reference/industries', { q, limit: 30 });
  const [labels, setLabels] = useState<Map<string, string>>(() => new Map());
  const labelOf = (i: IndustryView) => t('admissionCheck.form.industryOption', { code: i.code, name: localName(i.nameZh, i.nameEn) });
  // Only the answer to what is typed now (useApi keeps the previous answer while the next one loads).
  const found = data && !loading && q === draft.trim() ? data.items : [];
  const options = found.map((i) => ({ value: i.code, label: labelOf(i), title: labelOf(i) }));
  // The chosen codes stay shown with their names while another search no longer lists them.
  for (const code of value ?? []) {
    if (!options.some((o) => o.value === code)) options.push({ value: code, label: labels.get(code) ?? code, title: labels.get(code) ?? code });
  }
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      aria-invalid={invalid}
      onChange={(next, chosen) => {
        const picked = new Map(labels);
        for (const option of Array.isArray(chosen) ? chosen : [chosen]) {
          if (option && typeof option.value === 'string' && typeof option.label === 'string') picked.set(option.value, option.label);
        }
        setLabels(picked);
        setDraft('');
        onChange?.(next);
      }}
      showSearch={{ filterOption: false, onSearch: setDraft, searchValue: draft }}
      loading={loading}
      notFoundContent={loading ? undefined : t('admissionCheck.form.industriesNone')}
      placeholder={t('reference.industries.search.placeholder')}
      maxCount={20}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
