import { useEffect, useState } from 'react';
import { Flex, Input, Select, Typography } from 'antd';
import type { IndustrySearchResponse } from '../../../schemas/reference.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { IndustryTable } from '../modules/reference/IndustryTable.tsx';
import { IndustryDrawer } from '../modules/reference/IndustryDrawer.tsx';
import { INDUSTRY_LEVELS, industryLevelLabels, type IndustryLevel } from '../modules/reference/industryLevels.ts';

/** /reference/industries: search GB/T 4754-2017 by code, Chinese, pinyin or English. */
export function IndustriesPage() {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<IndustryLevel | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [open, setOpen] = useState<string | null>(null);

  // Search as the user types, a moment after the last key.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setQ(draft.trim());
      setPage(1);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [draft]);

  const { data, error, loading, reload } = useApi<IndustrySearchResponse>('/api/reference/industries', {
    q,
    level,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });

  return (
    <>
      <PageHeading title={t('reference.industries.title')} description={t('reference.industries.intro')} />
      <Flex gap="middle" wrap style={{ marginBottom: 16 }} role="search">
        <div style={{ flex: '1 1 280px' }}>
          <Input.Search
            allowClear
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onSearch={(value) => {
              setDraft(value);
              setQ(value.trim());
              setPage(1);
            }}
            placeholder={t('reference.industries.search.placeholder')}
            aria-label={t('reference.industries.search.label')}
            maxLength={50}
          />
        </div>
        <Select<IndustryLevel>
          allowClear
          value={level}
          onChange={(value) => {
            setLevel(value);
            setPage(1);
          }}
          placeholder={t('reference.industries.level.all')}
          aria-label={t('reference.industries.level.label')}
          style={{ minWidth: 160 }}
          options={INDUSTRY_LEVELS.map((l) => ({ value: l, label: t(industryLevelLabels[l]) }))}
        />
      </Flex>
      <ErrorAlert error={error} onRetry={reload} />
      <IndustryTable
        items={data?.items ?? []}
        total={data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={loading}
        onPageChange={(p, size) => {
          setPage(size === pageSize ? p : 1);
          setPageSize(size);
        }}
        onOpen={setOpen}
      />
      {data && (
        <Typography.Paragraph type="secondary">{t('reference.industries.edition', { edition: data.edition })}</Typography.Paragraph>
      )}
      <IndustryDrawer code={open} onNavigate={setOpen} onClose={() => setOpen(null)} />
    </>
  );
}
