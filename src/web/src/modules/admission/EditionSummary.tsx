import { Alert, Button, Descriptions, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { EditionDetailResponse, EditionListItem } from '../../../../schemas/admission.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import type { MessageId } from '../../i18n/zh-CN.ts';

/** 2022-01-01 起施行，现行有效 / 2020-07-23 至 2021-12-31. */
export function periodText(item: Pick<EditionListItem, 'effectiveFrom' | 'effectiveTo'>, t: Translate): string {
  return item.effectiveTo
    ? t('admission.period.closed', { from: item.effectiveFrom, to: item.effectiveTo })
    : t('admission.period.open', { from: item.effectiveFrom });
}

/** The warning shown with any reconstructed edition: what "reconstructed" means for the reader. */
export function ReconstructedAlert() {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="edition-reconstructed"
      title={t('admission.edition.reconstructedTitle')}
      description={t('admission.edition.reconstructedBody')}
      style={{ marginBottom: 16 }}
    />
  );
}

const confidenceTag = {
  high: { color: 'green', id: 'negativeLists.edition.confidence.high' },
  medium: { color: 'gold', id: 'negativeLists.edition.confidence.medium' },
  low: { color: 'red', id: 'negativeLists.edition.confidence.low' },
} as const satisfies Record<string, { color: string; id: MessageId }>;

export type EditionSummaryProps = { edition: EditionDetailResponse };

/** An edition's title, instrument, period of force, revision, sources and workbook. */
export function EditionSummary({ edition }: EditionSummaryProps) {
  const t = useT();
  const { locale } = useLocale();
  const title = locale === 'en' ? edition.titleEn : edition.titleZh;
  const confidence = (c: string) =>
    c === 'high' || c === 'medium' || c === 'low' ? (
      <Tag color={confidenceTag[c].color}>{t(confidenceTag[c].id)}</Tag>
    ) : (
      <Tag>{c}</Tag>
    );
  return (
    <section aria-labelledby="edition-title" style={{ marginBottom: 24 }}>
      <Typography.Title level={2} id="edition-title" style={{ fontSize: 20 }} data-testid="edition-title">
        {title}
      </Typography.Title>
      {edition.reconstructed && <ReconstructedAlert />}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'instrument', label: t('negativeLists.edition.instrument'), children: edition.instrument },
          { key: 'issued', label: t('negativeLists.edition.issuedOn'), children: edition.issuedOn },
          { key: 'period', label: t('negativeLists.edition.period'), children: periodText(edition, t) },
          {
            key: 'count',
            label: t('negativeLists.edition.measureCount'),
            children: <span data-testid="edition-measure-count">{t('negativeLists.edition.measureCountValue', { count: edition.measureCount })}</span>,
          },
          {
            key: 'revision',
            label: t('negativeLists.edition.revision'),
            children: t('negativeLists.edition.revisionValue', {
              revision: edition.revision,
              origin: t(edition.origin === 'loaded' ? 'negativeLists.origin.loaded' : 'negativeLists.origin.bundled'),
            }),
          },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('negativeLists.edition.sources')}
      </Typography.Title>
      <ul style={{ paddingInlineStart: 20, marginTop: 0 }}>
        {edition.sources.map((s, i) => (
          <li key={i} style={{ marginBottom: 4 }}>
            {s.url ? (
              <Typography.Link href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </Typography.Link>
            ) : (
              s.title
            )}{' '}
            {confidence(s.confidence)}
          </li>
        ))}
      </ul>
      <Button icon={<DownloadOutlined />} href={`/api/negative-lists/${encodeURIComponent(edition.code)}/workbook`} download={`${edition.code}.xlsx`}>
        {t('negativeLists.edition.workbook')}
      </Button>
    </section>
  );
}
