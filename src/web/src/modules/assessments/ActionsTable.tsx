import { Space, Table, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ActionView } from '../../../../schemas/assessments.ts';
import { areaLabelId } from '../../auth/roles.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { ActionMoveButton } from './ActionMoveButton.tsx';
import { actionStatusColors, actionStatusLabels, areaMoves, kindLabels, moveLabels, officeMoves } from './labels.ts';

export type ActionsTableProps = {
  actions: ActionView[];
  /** 'area': the owner area's officer reports; 'office': the FTZ Office reviews; null: read only. */
  side: 'area' | 'office' | null;
  onChanged: () => void;
  /** Show the assessment each action belongs to (the cross-assessment list). */
  withAssessment?: boolean;
  loading?: boolean;
};

/** Follow-up actions with their status, due date, overdue flag and history, and the moves the reader may make. */
export function ActionsTable({ actions, side, onChanged, withAssessment = false, loading = false }: ActionsTableProps) {
  const t = useT();
  const area = (code: string) => {
    const id = areaLabelId(code);
    return id ? t(id) : code;
  };
  return (
    <Table<ActionView>
      data-testid="assessment-actions"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={actions}
      locale={{ emptyText: t('assessments.actions.empty') }}
      scroll={{ x: 900 }}
      expandable={{
        expandedRowRender: (a) => (
          <Timeline
            items={a.updates.map((u) => ({
              key: `${u.at}-${u.move}`,
              content: (
                <>
                  <strong>{t(moveLabels[u.move] ?? 'assessmentActions.move.progress')}</strong> · {u.by.displayName} · {formatDateTime(u.at)}
                  {u.note && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{u.note}</Typography.Paragraph>}
                </>
              ),
            }))}
          />
        ),
      }}
      columns={[
        { key: 'title', title: t('assessments.actions.titleField'), dataIndex: 'title' },
        ...(withAssessment
          ? [{ key: 'assessment', title: t('assessments.actions.assessment'), render: (_: unknown, a: ActionView) => <Link to={`/assessments/${a.assessmentId}`}>{`${t(kindLabels[a.assessment.kind])} ${area(a.assessment.areaCode)} ${a.assessment.period}`}</Link> }]
          : []),
        { key: 'owner', title: t('assessments.actions.owner'), render: (_, a) => area(a.ownerAreaCode) },
        { key: 'dueOn', title: t('assessments.actions.dueOn'), render: (_, a) => (a.overdue ? <Tag color="red">{`${a.dueOn} ${t('assessments.actions.overdue')}`}</Tag> : a.dueOn) },
        { key: 'status', title: t('assessments.actions.status'), render: (_, a) => <Tag color={actionStatusColors[a.status]}>{t(actionStatusLabels[a.status])}</Tag> },
        {
          key: 'moves',
          title: t('common.table.actions'),
          render: (_, a) => {
            const moves = side === 'area' ? areaMoves(a.status) : side === 'office' ? officeMoves(a.status) : [];
            return (
              <Space wrap>
                {moves.map((m) => (
                  <ActionMoveButton key={m} action={a} move={m} onMoved={onChanged} />
                ))}
              </Space>
            );
          },
        },
      ]}
    />
  );
}
