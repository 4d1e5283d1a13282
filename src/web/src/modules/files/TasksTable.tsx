import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { FileView } from '../../../../schemas/files.ts';
import { useT } from '../../i18n/useT.ts';
import { taskStatusLabelId } from './fileLabels.ts';

type Task = FileView['tasks'][number];

const colors: Record<string, string> = { open: 'processing', approved: 'green', rejected: 'red', cancelled: 'default' };

export type TasksTableProps = {
  tasks: Task[];
  departmentName: (code: string) => string;
  personName: (id: number) => string;
};

/** The department tasks of parallel approval (并联审批), each with its own limit and decision. */
export function TasksTable({ tasks, departmentName, personName }: TasksTableProps) {
  const t = useT();
  const columns: TableColumnsType<Task> = [
    { title: t('files.tasks.id'), dataIndex: 'id' },
    { title: t('files.tasks.department'), dataIndex: 'departmentCode', render: (code: string) => departmentName(code) },
    {
      title: t('files.tasks.status'),
      dataIndex: 'status',
      render: (status: string) => {
        const id = taskStatusLabelId(status);
        return <Tag color={colors[status] ?? 'default'}>{id ? t(id) : status}</Tag>;
      },
    },
    {
      title: t('files.tasks.assignee'),
      dataIndex: 'assigneeId',
      render: (id: number | null) => (id === null ? <Typography.Text type="secondary">{t('files.tasks.unassigned')}</Typography.Text> : personName(id)),
    },
    { title: t('files.tasks.started'), dataIndex: 'startedOn' },
    { title: t('files.tasks.limit'), dataIndex: 'workingDays', render: (n: number) => t('files.file.workingDays', { days: n }) },
    { title: t('files.tasks.due'), dataIndex: 'dueOn', render: (d: string | null) => d ?? '—' },
    { title: t('files.tasks.decided'), dataIndex: 'decidedOn', render: (d: string | null) => d ?? '—' },
    {
      title: t('files.tasks.reasons'),
      key: 'reasons',
      render: (_, task) =>
        task.reasons.length === 0 && !task.legalBasis ? (
          '—'
        ) : (
          <>
            {task.reasons.length > 0 && <div>{task.reasons.join(t('common.list.separator'))}</div>}
            {task.legalBasis && <Typography.Text type="secondary">{t('files.timeline.legalBasis', { text: task.legalBasis })}</Typography.Text>}
          </>
        ),
    },
  ];
  return (
    <section aria-labelledby="tasks-title">
      <Typography.Title level={2} id="tasks-title" style={{ fontSize: 18 }}>
        {t('files.tasks.title')}
      </Typography.Title>
      <Table<Task>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={tasks}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('files.tasks.empty') }}
      />
    </section>
  );
}
