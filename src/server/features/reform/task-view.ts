// How a reform task is shown: names of its source kind and department, the evaluation and replication as stored,
// and — for the public — only what is published (no notes, no reviews, no accounts).
import { REFORM_VOCABULARIES, statusTargetsFrom, type ReformStatus } from '../../../domain/reform/index.ts';
import type { PublicReplicatedItem, ReformTaskDetail, ReformTaskView, ReplicationView } from '../../../schemas/reform.ts';
import type { EventRow, TaskRow } from './repository.ts';

export type DepartmentNames = Map<string, { nameZh: string; nameEn: string }>;
export type Names = Map<number, string>;

const person = (names: Names, id: number) => ({ id, displayName: names.get(id) ?? `#${id}` });

function department(departments: DepartmentNames, code: string) {
  const d = departments.get(code);
  return { code, nameZh: d?.nameZh ?? code, nameEn: d?.nameEn ?? code };
}

function sourceOf(row: TaskRow) {
  const kind = REFORM_VOCABULARIES.sourceKinds.find((k) => k.key === row.source_kind);
  return { kind: row.source_kind, nameZh: kind?.nameZh ?? row.source_kind, nameEn: kind?.nameEn ?? row.source_kind, reference: row.source_reference };
}

export function toTaskView(row: TaskRow, departments: DepartmentNames): ReformTaskView {
  return {
    id: row.id,
    title: row.title,
    titleEn: row.title_en,
    description: row.description,
    source: sourceOf(row),
    responsibleDepartment: department(departments, row.responsible_department_code),
    areaCode: row.area_code,
    status: row.status,
    startedOn: row.started_on,
    evaluation: (row.evaluation as ReformTaskView['evaluation']) ?? null,
    replication: (row.replication as ReformTaskView['replication']) ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toTaskDetail(row: TaskRow, events: EventRow[], departments: DepartmentNames, names: Names): Omit<ReformTaskDetail, 'vocabularies'> {
  return {
    ...toTaskView(row, departments),
    events: events.map((e) => ({ kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, detail: e.detail, note: e.note, by: person(names, e.actor_id), at: e.at.toISOString() })),
    nextStatuses: statusTargetsFrom(row.status as ReformStatus),
  };
}

/** A replicated task as the public sees it: the result, its evaluation's outcome and summary, the decision and the publication. */
export function toPublicItem(row: TaskRow, departments: DepartmentNames): PublicReplicatedItem | null {
  const replication = row.replication as ReplicationView | null;
  const evaluation = row.evaluation as ReformTaskView['evaluation'];
  if (!replication?.decision || !replication.publication || !evaluation) return null;
  const scope = REFORM_VOCABULARIES.replicationScopes.find((s) => s.key === replication.scope);
  return {
    id: row.id,
    title: row.title,
    titleEn: row.title_en,
    description: row.description,
    source: sourceOf(row),
    responsibleDepartment: department(departments, row.responsible_department_code),
    areaCode: row.area_code,
    evaluation: { outcome: evaluation.outcome, summary: evaluation.summary, evaluatedOn: evaluation.evaluatedOn },
    scope: { key: replication.scope, nameZh: scope?.nameZh ?? replication.scope, nameEn: scope?.nameEn ?? replication.scope },
    decision: { decidedBy: department(departments, replication.decision.decidedBy), documentNo: replication.decision.documentNo, decidedOn: replication.decision.decidedOn },
    publication: replication.publication,
  };
}
