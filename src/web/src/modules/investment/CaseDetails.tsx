import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { InvestmentCaseDetail } from '../../../../schemas/investment.ts';
import { areaLabelId } from '../../auth/roles.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { statusLabelId } from '../files/fileLabels.ts';
import { kindLabels, procedureLabels } from './caseLabels.ts';

type Reason = { code: string; zh: string; en: string; legalBasis: string };

/** The classifier's reasons, each with its rule code and legal basis. */
export function ReasonList({ reasons, testId }: { reasons: Reason[]; testId?: string }) {
  const t = useT();
  const localName = useLocalName();
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={reasons}
      renderItem={(r) => (
        <List.Item key={r.code}>
          <Space orientation="vertical" size={0}>
            <span>
              <Tag>{r.code}</Tag>
              {localName(r.zh, r.en)}
            </span>
            <Typography.Text type="secondary">
              {t('investment.class.legalBasis')}：{r.legalBasis}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

function AreaName({ code }: { code: string }) {
  const t = useT();
  const id = areaLabelId(code);
  return <>{id ? t(id) : code}</>;
}

/** The outcome of a filing: receipt number or file, classification with reasons, security review. */
export function CaseDetails({ detail }: { detail: InvestmentCaseDetail }) {
  const t = useT();
  const localName = useLocalName();
  const c = detail.classification;
  const sr = detail.securityReview;
  const statusId = detail.file ? statusLabelId(detail.file.status) : undefined;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('investment.result.title')}</h2>}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('investment.column.kind')}>{t(kindLabels[detail.kind])}</Descriptions.Item>
          <Descriptions.Item label={t('investment.column.name')}>{detail.name}</Descriptions.Item>
          <Descriptions.Item label={t('investment.column.area')}>
            <AreaName code={detail.areaCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('investment.case.applicant')}>{detail.applicant.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('investment.column.procedure')}>
            <span data-testid="investment-procedure" data-procedure={detail.procedure}>
              {t(procedureLabels[detail.procedure])}
            </span>
            {detail.flagged && (
              <Tag color="red" style={{ marginLeft: 8 }}>
                {t('investment.flagged')}
              </Tag>
            )}
          </Descriptions.Item>
          {detail.recordationNo && (
            <Descriptions.Item label={t('investment.result.receipt')}>
              <Typography.Text strong copyable={{ text: detail.recordationNo }}>
                <span data-testid="investment-receipt">{detail.recordationNo}</span>
              </Typography.Text>
            </Descriptions.Item>
          )}
          {detail.file && (
            <>
              <Descriptions.Item label={t('investment.result.file')}>
                <Link to={`/files/${detail.file.id}`} data-testid="investment-file">
                  {t('investment.file.link', { id: detail.file.id })}
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('investment.case.fileStatus')}>{statusId ? t(statusId) : detail.file.status}</Descriptions.Item>
              <Descriptions.Item label={t('investment.result.due')}>
                <span data-testid="investment-due">{detail.file.dueOn ?? t('investment.result.dueNotYet')}</span>
              </Descriptions.Item>
            </>
          )}
        </Descriptions>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('investment.class.title')}</h2>} data-testid="investment-classification">
        {c.kind === 'foreign_project' ? (
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('investment.class.authority')}>{localName(c.authority.nameZh, c.authority.nameEn)}</Descriptions.Item>
            {c.workingDays !== null && (
              <Descriptions.Item label={t('investment.class.workingDays')}>
                {t('investment.class.workingDaysValue', { days: c.workingDays, ext: c.extensionWorkingDays ?? 0 })}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('investment.class.legalBasis')}>{c.legalBasis}</Descriptions.Item>
            {c.negativeListRestricted && (
              <Descriptions.Item label={t('investment.class.restricted')}>
                <Tag color="orange">{c.admission.edition}</Tag>
                {c.admission.measureNos.join('、')}
              </Descriptions.Item>
            )}
          </Descriptions>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {c.sensitive && <Tag color="orange">{t('investment.class.sensitive')}</Tag>}
            {[
              { label: t('investment.class.ndrc'), track: c.ndrc },
              { label: t('investment.class.mofcom'), track: c.mofcom },
            ].map(({ label, track }) => (
              <Descriptions key={label} title={label} column={1} size="small" bordered>
                <Descriptions.Item label={t('investment.column.procedure')}>{t(procedureLabels[track.procedure])}</Descriptions.Item>
                <Descriptions.Item label={t('investment.class.authority')}>{localName(track.authority.nameZh, track.authority.nameEn)}</Descriptions.Item>
                <Descriptions.Item label={t('investment.class.workingDays')}>
                  {t('investment.class.workingDaysValue', { days: track.workingDays, ext: track.extensionWorkingDays })}
                </Descriptions.Item>
                <Descriptions.Item label={t('investment.class.legalBasis')}>{localName(track.legalBasisZh, track.legalBasis)}</Descriptions.Item>
              </Descriptions>
            ))}
            {c.grounds.length > 0 && (
              <>
                <Typography.Text strong>{t('investment.class.grounds')}</Typography.Text>
                <ul>
                  {c.grounds.map((g) => (
                    <li key={`${g.kind}-${g.key}`}>
                      {localName(g.nameZh, g.nameEn)} <Typography.Text type="secondary">（{g.legalBasis}）</Typography.Text>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Space>
        )}
        <Typography.Title level={3} style={{ fontSize: 14 }}>
          {t('investment.class.reasons')}
        </Typography.Title>
        <ReasonList reasons={c.reasons} testId="investment-reasons" />
      </Card>
      {sr && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('investment.sr.title')}</h2>} data-testid="investment-security-review">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Tag color={sr.flagged ? 'red' : 'green'}>{sr.flagged ? t('investment.sr.flagged') : t('investment.sr.notFlagged')}</Tag>
            {sr.actualControl.acquired && (
              <Typography.Text>
                {t('investment.sr.control')} — {t('investment.sr.controlBy', { by: sr.actualControl.by.join(', ') })}
              </Typography.Text>
            )}
            <Typography.Text strong>{t('investment.sr.grounds')}</Typography.Text>
            <SecurityGrounds grounds={sr.grounds} />
            <ReasonList reasons={sr.reasons} />
          </Space>
        </Card>
      )}
    </Space>
  );
}

type Ground = { field: string; via: string; reasonZh: string; reasonEn: string; legalBasis: string };

/** The security-review grounds, each with its legal basis. */
export function SecurityGrounds({ grounds }: { grounds: Ground[] }) {
  const t = useT();
  const localName = useLocalName();
  if (grounds.length === 0) return <Typography.Text type="secondary">{t('investment.sr.none')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {grounds.map((g, i) => (
        <li key={`${g.field}-${i}`}>
          <Tag>{g.field}</Tag>
          {localName(g.reasonZh, g.reasonEn)} <Typography.Text type="secondary">（{g.legalBasis}）</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
