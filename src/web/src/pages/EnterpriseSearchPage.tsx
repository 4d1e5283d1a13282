import { useEffect, useState } from 'react';
import { Alert, Empty, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { PublicSearchResponse } from '../../../schemas/public-register.ts';
import { ApiError } from '../api/client.ts';
import { errorText } from '../api/errorText.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocale, useT } from '../i18n/useT.ts';
import { OpenDataDownload } from '../modules/enterpriseSearch/OpenDataDownload.tsx';
import { PublicEnterprisesTable } from '../modules/enterpriseSearch/PublicEnterprisesTable.tsx';
import { SearchBox } from '../modules/enterpriseSearch/SearchBox.tsx';
import { withServerDetail } from '../modules/files/serverDetail.ts';

/**
 * /enterprise-search (企业信息查询): anyone finds an enterprise on the register by two or more characters of its name
 * or by its credit code (企业信息公示暂行条例 Art. 6), and downloads the whole register as open data. The query is
 * kept in ?q= so a search can be linked to and reloaded.
 */
export function EnterpriseSearchPage() {
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const [draft, setDraft] = useState(q);
  // A followed link or the browser's back button changes ?q= under the box.
  useEffect(() => setDraft(q), [q]);
  const { data, error, loading, reload } = useApi<PublicSearchResponse>(q === '' ? null : '/api/public/enterprises', { q });

  const search = (value: string) => {
    const next = value.trim();
    setDraft(next);
    if (next === q) {
      if (next !== '') reload();
      return;
    }
    setParams(next === '' ? {} : { q: next });
  };

  // useApi keeps the last answer through a new query or a failure: show it only for the query it answered.
  const asked = q !== '';
  const refused = asked && error instanceof ApiError && error.status === 400;
  const result = asked && !error ? data : undefined;
  const items = result?.items ?? [];

  return (
    <>
      <PageHeading title={t('enterpriseSearch.page.title')} description={t('enterpriseSearch.page.intro')} />
      <SearchBox
        value={draft}
        onChange={setDraft}
        onSearch={search}
        loading={asked && loading}
        error={refused ? errorText(withServerDetail(error), locale, t) : undefined}
      />
      {asked && !refused && <ErrorAlert error={error} onRetry={reload} />}
      <section aria-live="polite" data-testid="enterprise-search-results">
        {result && !loading && items.length === 0 && <Empty description={t('enterpriseSearch.result.empty', { q })} />}
        {result && items.length > 0 && (
          <>
            {result.more ? (
              <Alert type="info" showIcon title={t('enterpriseSearch.result.more', { count: items.length })} style={{ marginBottom: 16 }} data-testid="enterprise-search-more" />
            ) : (
              <Typography.Paragraph>{t('enterpriseSearch.result.count', { count: items.length })}</Typography.Paragraph>
            )}
            <PublicEnterprisesTable items={items} loading={loading} />
          </>
        )}
      </section>
      <OpenDataDownload />
    </>
  );
}
