import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import type { NoticeView } from '../../../../schemas/deregistration.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { departmentsExplainIds, noticeStateTags, objectorKindLabels, type ObjectorKind } from './deregistrationLabels.ts';

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

/** An objection in words: who (and of what kind), when, and why. */
export function useObjectionText() {
  const t = useT();
  const kind = (k: string) => (k in objectorKindLabels ? t(objectorKindLabels[k as ObjectorKind]) : k);
  return (o: NoticeView['objections'][number]) => t('deregistration.notice.objection', { objector: o.objector, kind: kind(o.objectorKind), at: formatDateTime(o.createdAt), grounds: o.grounds });
}

export type NoticeDetailsProps = {
  notice: NoticeView;
  /** The explanation of the state (what the enterprise does next); the public page leaves it out. */
  explain?: boolean;
};

/**
 * One summary-deregistration case: whose, the period, the investors who committed, its state and objections. An
 * individual business's case (route 'departments', EXIT-06) has no public notice and no application after it: the
 * explanation says so, and the period is the departments' 10 days.
 */
export function NoticeDetails({ notice: n, explain = true }: NoticeDetailsProps) {
  const t = useT();
  const objectionText = useObjectionText();
  const tag = noticeStateTags[n.state];
  const departments = n.route === 'departments';
  const stateExplain = t((departments ? departmentsExplainIds[n.state] : undefined) ?? tag.explainId, { applyBy: n.applyBy, to: n.noticeTo });
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="notice" data-notice-id={n.id} data-route={n.route}>
      {explain &&
        (departments ? (
          <Alert type={tag.alert} showIcon title={t('deregistration.departments.title')} description={stateExplain} data-testid="notice-explain" />
        ) : (
          <Alert type={tag.alert} showIcon title={stateExplain} data-testid="notice-explain" />
        ))}
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('deregistration.notice.enterprise')}>{n.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label={t('deregistration.notice.uscc')}>
          <Typography.Text code>{n.uscc}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t(departments ? 'deregistration.departments.period' : 'deregistration.notice.period')}>
          <span data-testid="notice-period">{t('deregistration.notice.periodValue', { from: n.noticeFrom, to: n.noticeTo, days: n.noticeDays })}</span>
        </Descriptions.Item>
        {!departments && <Descriptions.Item label={t('deregistration.notice.applyBy')}>{n.applyBy}</Descriptions.Item>}
        <Descriptions.Item label={t(departments ? 'deregistration.departments.operator' : 'deregistration.notice.investors')}>{n.investorsCommitted.join(t('common.list.separator'))}</Descriptions.Item>
        <Descriptions.Item label={t('deregistration.notice.state')}>
          <NoticeStateTag state={n.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('deregistration.notice.objections')} span={departments ? 1 : 2}>
          {n.objections.length === 0 ? (
            t('deregistration.notice.none')
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="notice-objections">
              {n.objections.map((o) => (
                <li key={o.id}>{objectionText(o)}</li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
