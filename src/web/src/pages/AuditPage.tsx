import { useEffect, useState } from 'react';
import { Button, Input, Space } from 'antd';
import type { AuditEntryView, AuditListResponse } from '../../../schemas/audit.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { AuditTable } from '../modules/audit/AuditTable.tsx';
import { VerifyChain } from '../modules/audit/VerifyChain.tsx';

const PAGE = 50;

/** /admin/audit: the hash-chained audit trail, newest first, and its verification. */
export function AuditPage() {
  const t = useT();
  const [action, setAction] = useState('');
  const [items, setItems] = useState<AuditEntryView[]>([]);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [tick, setTick] = useState(0);

  const load = async (beforeSeq: number | undefined, replace: boolean) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await api.get<AuditListResponse>('/api/audit', { limit: PAGE, beforeSeq, action: action.trim() });
      setItems((current) => (replace ? page.items : [...current, ...page.items]));
      setMore(page.items.length === PAGE);
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load(undefined, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only on an explicit search
  }, [tick]);

  const last = items[items.length - 1];
  return (
    <>
      <PageHeading title={t('audit.page.title')} description={t('audit.page.intro')} />
      <VerifyChain />
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Input.Search
          allowClear
          value={action}
          onChange={(e) => setAction(e.target.value)}
          onSearch={() => setTick((n) => n + 1)}
          placeholder={t('audit.filter.placeholder')}
          aria-label={t('audit.filter.label')}
          style={{ width: 360, maxWidth: '100%' }}
          maxLength={80}
          enterButton={t('audit.filter.submit')}
        />
      </Space>
      <ErrorAlert error={error} onRetry={() => setTick((n) => n + 1)} />
      <AuditTable items={items} loading={loading} />
      {more && last && (
        <Button style={{ marginTop: 16 }} onClick={() => void load(last.seq, false)} loading={loading}>
          {t('audit.page.loadOlder')}
        </Button>
      )}
    </>
  );
}
