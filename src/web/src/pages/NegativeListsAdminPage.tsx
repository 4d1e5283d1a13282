import { Typography } from 'antd';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { EditionsAdminTable } from '../modules/admission/EditionsAdminTable.tsx';
import { LoadEditionCard } from '../modules/admission/LoadEditionCard.tsx';
import { useEditions } from '../modules/admission/useEditions.ts';

/** /admin/negative-lists: load a new negative-list edition (JSON or workbook) and see every edition. Administrators. */
export function NegativeListsAdminPage() {
  const t = useT();
  const editions = useEditions();
  return (
    <>
      <PageHeading title={t('negativeListsAdmin.page.title')} description={t('negativeListsAdmin.page.intro')} />
      <LoadEditionCard onLoaded={() => editions.reload()} />
      <section aria-labelledby="editions-heading">
        <Typography.Title level={2} id="editions-heading" style={{ fontSize: 18 }}>
          {t('negativeListsAdmin.editions.heading')}
        </Typography.Title>
        <ErrorAlert error={editions.error} onRetry={editions.reload} />
        <EditionsAdminTable items={editions.items} loading={editions.loading} />
      </section>
    </>
  );
}
