import { Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/useT.ts';

/** The open-data snapshot of the whole register (gzip'd CSV, UTF-8 with BOM), written by the server on request. */
export const OPEN_DATA_URL = '/api/public/open-data/enterprises.csv.gz';

export function OpenDataDownload() {
  const t = useT();
  return (
    <section aria-labelledby="open-data-heading" style={{ marginTop: 32 }}>
      <Typography.Title level={2} id="open-data-heading" style={{ fontSize: 18 }}>
        {t('enterpriseSearch.openData.heading')}
      </Typography.Title>
      <a href={OPEN_DATA_URL} download data-testid="open-data-download">
        <DownloadOutlined /> {t('enterpriseSearch.openData.download')}
      </a>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {t('enterpriseSearch.openData.note')}
      </Typography.Paragraph>
    </section>
  );
}
