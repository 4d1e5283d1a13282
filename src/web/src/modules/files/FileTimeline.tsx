import type { ReactNode } from 'react';
import { Timeline, Typography } from 'antd';
import type { FileView } from '../../../../schemas/files.ts';
import type { Role } from '../../../../schemas/auth.ts';
import { ALL_ROLES, roleLabelId } from '../../auth/roles.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import { useT } from '../../i18n/useT.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { actionLabelId, commitmentFindingLabelId, pauseKindLabelId, slaLabelId } from './fileLabels.ts';

type Entry = FileView['timeline'][number];

const colors: Record<string, string> = {
  approve: 'green',
  approve_task: 'green',
  deem_approved: 'green',
  issue_certificate: 'green',
  reject: 'red',
  reject_task: 'red',
  escalate: 'red',
  request_correction: 'orange',
  pause: 'orange',
  withdraw: 'gray',
  confirm_rectified: 'green',
  revoke: 'red',
};

/** A verification is green when the commitment was true, red when it was false. */
function colorOf(entry: Entry): string {
  if (entry.type === 'verify_commitment') return entry.payload.result === 'false_commitment' ? 'red' : 'green';
  return colors[entry.type] ?? 'blue';
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export type FileTimelineProps = {
  timeline: Entry[];
  departmentName: (code: string) => string;
  personName: (id: number) => string;
};

/** What the payload of an action says, line by line (correction items, departments, extension, pause, …). */
function details(entry: Entry, t: Translate, departmentName: (code: string) => string, personName: (id: number) => string): ReactNode[] {
  const p = entry.payload;
  const lines: ReactNode[] = [];
  const sep = t('common.list.separator');
  switch (entry.type) {
    case 'request_correction':
      lines.push(
        <div key="items">
          {t('files.timeline.items')}
          <ul style={{ margin: '2px 0 0', paddingInlineStart: 20 }}>
            {list(p.items).map((raw, i) => {
              const item = (raw ?? {}) as Record<string, unknown>;
              const dept = text(item.departmentCode);
              return (
                <li key={i}>
                  {t('files.timeline.itemLine', { document: text(item.document) ?? '—', reason: text(item.reason) ?? '' })}
                  {dept ? t('files.timeline.itemDepartment', { department: departmentName(dept) }) : ''}
                </li>
              );
            })}
          </ul>
        </div>,
      );
      break;
    case 'start_tasks': {
      const names = list(p.tasks).map((raw) => {
        const task = (raw ?? {}) as Record<string, unknown>;
        const days = num(task.workingDays);
        const name = departmentName(text(task.departmentCode) ?? '?');
        return days === undefined ? name : t('files.timeline.taskDays', { name, days });
      });
      lines.push(<div key="tasks">{t('files.timeline.departments', { list: names.join(sep) })}</div>);
      break;
    }
    case 'assign':
      if (num(p.officerId) !== undefined) lines.push(<div key="o">{t('files.timeline.officer', { name: personName(num(p.officerId)!) })}</div>);
      break;
    case 'hand_over':
      if (num(p.toOfficerId) !== undefined) lines.push(<div key="o">{t('files.timeline.toOfficer', { name: personName(num(p.toOfficerId)!) })}</div>);
      break;
    case 'assign_task':
      lines.push(<div key="a">{t('files.timeline.assignee', { id: text(p.taskId) ?? '?', name: personName(num(p.assigneeId) ?? 0) })}</div>);
      break;
    case 'approve_task':
    case 'reject_task':
      lines.push(<div key="task">{t('files.timeline.task', { id: text(p.taskId) ?? '?' })}</div>);
      break;
    case 'extend':
      lines.push(<div key="e">{t('files.timeline.extend', { days: num(p.workingDays) ?? '?', by: text(p.approvedBy) ?? '—' })}</div>);
      break;
    case 'pause': {
      const kind = pauseKindLabelId(p.kind);
      lines.push(<div key="k">{t('files.timeline.pause', { kind: kind ? t(kind) : String(p.kind) })}</div>);
      const expected = num(p.expectedWorkingDays);
      if (expected !== undefined) lines.push(<div key="x">{t('files.timeline.expected', { days: expected })}</div>);
      break;
    }
    case 'issue_certificate':
      if (text(p.certificateNo)) lines.push(<div key="c">{t('files.timeline.certificateNo', { no: text(p.certificateNo)! })}</div>);
      break;
    case 'verify_commitment': {
      const result = commitmentFindingLabelId(p.result);
      lines.push(<div key="v">{t('files.timeline.verification', { result: result ? t(result) : String(p.result) })}</div>);
      if (text(p.findings)) lines.push(<div key="f">{t('files.timeline.findings', { text: text(p.findings)! })}</div>);
      break;
    }
    case 'confirm_rectified':
      if (text(p.findings)) lines.push(<div key="f">{t('files.timeline.findings', { text: text(p.findings)! })}</div>);
      break;
    case 'escalate': {
      const level = slaLabelId(text(p.level) ?? null);
      lines.push(<div key="l">{t('files.timeline.escalate', { level: level ? t(level) : String(p.level), to: text(p.to) ?? '—' })}</div>);
      break;
    }
  }
  const reasons = list(p.reasons).map(text).filter((r): r is string => r !== undefined);
  const reason = [text(entry.reason), text(p.reason), ...reasons].filter((r): r is string => r !== undefined);
  if (reason.length > 0) lines.push(<div key="r">{t('files.timeline.reason', { text: reason.join(sep) })}</div>);
  if (text(p.comment)) lines.push(<div key="c2">{t('files.timeline.comment', { text: text(p.comment)! })}</div>);
  const basis = [text(entry.legalBasis), text(p.legalBasis)].filter((b): b is string => b !== undefined);
  if (basis.length > 0) lines.push(<div key="b">{t('files.timeline.legalBasis', { text: basis.join(sep) })}</div>);
  return lines;
}

function roleName(role: string, t: Translate): string {
  if (role === 'system') return t('files.timeline.system');
  return (ALL_ROLES as string[]).includes(role) ? t(roleLabelId(role as Role)) : role;
}

/** Every action on the file, oldest first: what, who (and in which role), when, why and on what legal basis. */
export function FileTimeline({ timeline, departmentName, personName }: FileTimelineProps) {
  const t = useT();
  return (
    <section aria-labelledby="timeline-title">
      <Typography.Title level={2} id="timeline-title" style={{ fontSize: 18 }}>
        {t('files.timeline.title')}
      </Typography.Title>
      <Timeline
        items={timeline.map((entry) => {
          const id = actionLabelId(entry.type);
          const who = entry.actorId === null ? t('files.timeline.system') : t('files.timeline.actor', { name: entry.actorName, role: roleName(entry.actorRole, t) });
          return {
            key: entry.seq,
            color: colorOf(entry),
            content: (
              <div data-testid="timeline-entry">
                <div>
                  <Typography.Text strong>{id ? t(id) : entry.type}</Typography.Text>
                  <Typography.Text type="secondary">
                    {' · '}
                    {who}
                    {' · '}
                    <time dateTime={entry.at} title={formatDateTime(entry.at)}>
                      {entry.on}
                    </time>
                  </Typography.Text>
                </div>
                {details(entry, t, departmentName, personName)}
              </div>
            ),
          };
        })}
      />
    </section>
  );
}
