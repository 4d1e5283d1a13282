import { Card, Descriptions, Tag, Typography } from 'antd';
import type { EnterpriseView } from '../../../../schemas/enterprises.ts';
import { areaLabelId } from '../../auth/roles.ts';
import { useT } from '../../i18n/useT.ts';
import { statusMessageId } from '../licences/licenceLabels.ts';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/** An enterprise's status on the register (存续, 注销 …) as a tag; a status without words is shown as it is. */
export function EnterpriseStatusTag({ status }: { status: string }) {
  const t = useT();
  const id = statusMessageId(status);
  return (
    <Tag color={status === 'registered' ? 'green' : status === 'deregistered' ? 'default' : 'red'} data-testid="enterprise-status" data-status={status}>
      {id ? t(id) : status}
    </Tag>
  );
}

/** The enterprise's facts on the register: name, credit code, status, area, district, industry, day of establishment. */
export function EnterpriseFacts({ enterprise: e }: { enterprise: EnterpriseView }) {
  const t = useT();
  const area = areaLabelId(e.areaCode);
  return (
    <Card title={heading(t('enterprise.facts.heading'))} data-testid="enterprise-facts">
      <Descriptions column={{ xs: 1, sm: 2, lg: 1, xxl: 2 }} size="small" bordered>
        <Descriptions.Item label={t('enterprise.facts.name')} span="filled">
          <strong data-testid="enterprise-name">{e.name}</strong>
        </Descriptions.Item>
        <Descriptions.Item label={t('enterprise.facts.uscc')}>
          <Typography.Text code copyable data-testid="enterprise-uscc">
            {e.uscc}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('enterprise.facts.status')}>
          <EnterpriseStatusTag status={e.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('enterprise.facts.area')}>
          <Tag>{area ? t(area) : e.areaCode}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('enterprise.facts.district')}>{e.districtCode}</Descriptions.Item>
        <Descriptions.Item label={t('enterprise.facts.industry')}>{e.industryCode}</Descriptions.Item>
        <Descriptions.Item label={t('enterprise.facts.establishedOn')}>{e.establishedOn}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
