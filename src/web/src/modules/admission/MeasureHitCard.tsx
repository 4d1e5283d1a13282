import { Card, Flex, List, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { AdmissionCheckResponse } from '../../../../schemas/admission.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { restrictionColor, restrictionText } from './restrictionText.ts';

type Hit = AdmissionCheckResponse['measures'][number];
type Condition = Hit['conditions'][number];

export type MeasureHitCardProps = { hit: Hit };

/** One measure the investment falls under, with each of its conditions met or not and why. */
export function MeasureHitCard({ hit }: MeasureHitCardProps) {
  const t = useT();
  const { locale } = useLocale();
  // The hit's type is its first applying condition's (or PROHIBITED): that condition gives the percent.
  const typeCondition = hit.conditions.find((c) => c.type === hit.type);
  return (
    <Card
      size="small"
      data-testid="admission-hit"
      style={{ marginBottom: 12 }}
      title={
        <Flex gap="small" align="center" wrap>
          <span>{t('admissionCheck.result.measureTitle', { no: hit.no })}</span>
          <Tag color={restrictionColor(hit.type)}>{restrictionText({ type: hit.type, percent: typeCondition?.percent, officer: typeCondition?.officer }, t, locale)}</Tag>
        </Flex>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>{locale === 'en' ? hit.textEn : hit.textZh}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('admissionCheck.result.codes', { codes: hit.industryCodes.join(t('common.list.separator')) })}
      </Typography.Paragraph>
      <List<Condition>
        size="small"
        dataSource={hit.conditions}
        renderItem={(c) => (
          <List.Item data-testid="admission-condition" data-met={c.met ? 'true' : 'false'}>
            <Flex vertical gap={2}>
              <Flex gap="small" align="center" wrap>
                {c.met ? (
                  <Tag color="success" icon={<CheckCircleFilled />}>
                    {t('admissionCheck.result.met')}
                  </Tag>
                ) : (
                  <Tag color="error" icon={<CloseCircleFilled />}>
                    {t('admissionCheck.result.notMet')}
                  </Tag>
                )}
                <strong>{restrictionText(c, t, locale)}</strong>
              </Flex>
              <span>{locale === 'en' ? c.reasonEn : c.reasonZh}</span>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
