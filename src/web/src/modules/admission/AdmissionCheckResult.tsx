import { Descriptions, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { AdmissionCheckResponse } from '../../../../schemas/admission.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { outcomeTag, procedureLabels } from './checkLabels.ts';
import { ReconstructedAlert } from './EditionSummary.tsx';
import { MeasureHitCard } from './MeasureHitCard.tsx';

type Reason = AdmissionCheckResponse['reasons'][number];

export type AdmissionCheckResultProps = { result: AdmissionCheckResponse };

/** The answer of a self-check: edition, classification, compliance, procedure, the measures hit and every reason. */
export function AdmissionCheckResult({ result }: AdmissionCheckResultProps) {
  const t = useT();
  const { locale } = useLocale();
  const { edition } = result;
  const outcome = outcomeTag[result.outcome];
  return (
    <section aria-labelledby="admission-result-heading" data-testid="admission-result">
      <Typography.Title level={2} id="admission-result-heading" style={{ fontSize: 18 }}>
        {t('admissionCheck.result.heading')}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'edition',
            label: t('admissionCheck.result.edition'),
            children: (
              <Link to={`/negative-lists?edition=${encodeURIComponent(edition.code)}`} data-testid="admission-edition">
                {t('admissionCheck.result.editionValue', {
                  title: locale === 'en' ? edition.titleEn : edition.titleZh,
                  code: edition.code,
                  from: edition.effectiveFrom,
                })}
              </Link>
            ),
          },
          {
            key: 'outcome',
            label: t('admissionCheck.result.outcome'),
            children: (
              <Tag color={outcome.color} data-testid="admission-outcome">
                {t(outcome.id)}
              </Tag>
            ),
          },
          {
            key: 'compliance',
            label: t('admissionCheck.result.compliance'),
            children: (
              <Tag color={result.compliant ? 'success' : 'error'} data-testid="admission-compliance">
                {t(result.compliant ? 'admission.compliant.yes' : 'admission.compliant.no')}
              </Tag>
            ),
          },
          {
            key: 'procedure',
            label: t('admissionCheck.result.procedure'),
            children: (
              <strong data-testid="admission-procedure" data-procedure={result.procedure}>
                {t(procedureLabels[result.procedure])}
              </strong>
            ),
          },
        ]}
      />
      {edition.reconstructed && (
        <div style={{ marginTop: 16 }}>
          <ReconstructedAlert />
        </div>
      )}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('admissionCheck.result.measures')}
      </Typography.Title>
      {result.measures.length === 0 ? (
        <Typography.Paragraph>{t('admissionCheck.result.noMeasures')}</Typography.Paragraph>
      ) : (
        result.measures.map((hit) => <MeasureHitCard key={hit.no} hit={hit} />)
      )}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('admissionCheck.result.reasons')}
      </Typography.Title>
      <List<Reason>
        bordered
        size="small"
        data-testid="admission-reasons"
        dataSource={result.reasons}
        renderItem={(r) => (
          <List.Item>
            <div>
              <Tag>{r.code}</Tag> {locale === 'en' ? r.en : r.zh}
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0, marginTop: 4 }}>
                {t('admissionCheck.result.legalBasis', { basis: r.legalBasis })}
              </Typography.Paragraph>
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
