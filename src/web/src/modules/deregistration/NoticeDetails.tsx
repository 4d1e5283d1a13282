import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import type { NoticeView } from '../../../../schemas/deregistration.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { noticeStateTags, objectorKindLabels, type ObjectorKind } from './deregistrationLabels.ts';

/** A notice's state (公示中, 已有异议 …) as a tag. */
export function NoticeStateTag({ state }: { state: NoticeView['state'] }) {
  const t = useT();
  const tag = noticeStateTags[state];
  return (
    <Tag color={tag.color} data-testid="notice-state" data-state={state}>
      {t(tag.id)}
    </Tag>
  );
}

export type NoticeDetailsProps = {
  notice: NoticeView;
  /** The explanation of the state (what the enterprise does next); the public page leaves it out. */
  explain?: boolean;
};

/** One summary-deregistration notice: whose, the notice period, the investors who committed, its state and objections. */
export function NoticeDetails({ notice: n, explain = true }: NoticeDetailsProps) {
  const t = useT();
  const tag = noticeStateTags[n.state];
  const kind = (k: string) => (k in objectorKindLabels ? t(objectorKindLabels[k as ObjectorKind]) : k);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="notice" data-notice-id={n.id}>
      {explain && <Alert type={tag.alert} showIcon title={t(tag.explainId, { applyBy: n.applyBy })} data-testid="notice-explain" />}
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('deregistration.notice.enterprise')}>{n.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label={t('deregistration.notice.uscc')}>
          <Typography.Text code>{n.uscc}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('deregistration.notice.period')}>
          <span data-testid="notice-period">{t('deregistration.notice.periodValue', { from: n.noticeFrom, to: n.noticeTo, days: n.noticeDays })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('deregistration.notice.applyBy')}>{n.applyBy}</Descriptions.Item>
        <Descriptions.Item label={t('deregistration.notice.investors')}>{n.investorsCommitted.join(t('common.list.separator'))}</Descriptions.Item>
        <Descriptions.Item label={t('deregistration.notice.state')}>
          <NoticeStateTag state={n.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('deregistration.notice.objections')} span={2}>
          {n.objections.length === 0 ? (
            t('deregistration.notice.none')
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="notice-objections">
              {n.objections.map((o) => (
                <li key={o.id}>{t('deregistration.notice.objection', { objector: o.objector, kind: kind(o.objectorKind), at: formatDateTime(o.createdAt), grounds: o.grounds })}</li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
