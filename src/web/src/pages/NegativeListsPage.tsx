import { Flex, Tabs } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { editionBefore } from '../modules/admission/editionModel.ts';
import { EditionSelect } from '../modules/admission/EditionSelect.tsx';
import { EditionView } from '../modules/admission/EditionView.tsx';
import { DiffView } from '../modules/admission/DiffView.tsx';
import { useEditions } from '../modules/admission/useEditions.ts';

export type NegativeListsPageProps = { tab: 'list' | 'diff' };

/**
 * /negative-lists: one edition of the FTZ negative list (default: the one in force today, or ?edition=);
 * /negative-lists/diff: the differences between two editions (default: the previous one → the current one, or
 * ?from=&to=). Open to the public.
 */
export function NegativeListsPage({ tab }: NegativeListsPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const editions = useEditions();
  const known = (code: string | null) => (code && editions.items.some((i) => i.code === code) ? code : undefined);
  const code = known(params.get('edition')) ?? editions.current?.code ?? editions.items.at(-1)?.code;
  const to = known(params.get('to')) ?? code;
  const from = known(params.get('from')) ?? editionBefore(editions.items, to)?.code;

  const setParam = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeading
        title={t('negativeLists.page.title')}
        description={t('negativeLists.page.intro')}
        extra={
          <Link to="/admission-check">
            <SafetyCertificateOutlined /> {t('negativeLists.checkLink')}
          </Link>
        }
      />
      <ErrorAlert error={editions.error} onRetry={editions.reload} />
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(key === 'diff' ? '/negative-lists/diff' : '/negative-lists')}
        items={[
          { key: 'list', label: t('negativeLists.tab.list') },
          { key: 'diff', label: t('negativeLists.tab.diff') },
        ]}
      />
      {tab === 'list' ? (
        <>
          <Flex gap="small" align="center" wrap style={{ marginBottom: 16 }}>
            <label htmlFor="edition-select">{t('negativeLists.edition.label')}</label>
            <EditionSelect
              id="edition-select"
              items={editions.items}
              value={code}
              currentCode={editions.current?.code}
              loading={editions.loading}
              onChange={(next) => setParam({ edition: next })}
            />
          </Flex>
          {code && <EditionView code={code} />}
        </>
      ) : (
        <DiffView
          items={editions.items}
          currentCode={editions.current?.code}
          from={from}
          to={to}
          onChange={(next) => setParam(next)}
        />
      )}
    </>
  );
}
