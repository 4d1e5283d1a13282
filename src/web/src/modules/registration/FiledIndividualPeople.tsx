import { Table, Typography } from 'antd';
import { useT } from '../../i18n/useT.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import type { IdType, PersonValues } from './formModel.ts';
import { maskId } from './maskId.ts';
import { idTypeLabels } from './registrationLabels.ts';

type Row = PersonValues & { key: string; roleId: MessageId };

export type FiledIndividualPeopleProps = {
  operator: PersonValues | undefined;
  familyMembers: PersonValues[] | undefined;
};

/** The individual business's people as filed: the operator (经营者) and the family members who take part. */
export function FiledIndividualPeople({ operator, familyMembers }: FiledIndividualPeopleProps) {
  const t = useT();
  const rows: Row[] = [
    ...(operator ? [{ ...operator, key: 'operator', roleId: 'registration.form.section.operator' as MessageId }] : []),
    ...(familyMembers ?? []).map((p, i) => ({ ...p, key: `f${i}`, roleId: 'registration.filed.familyMember' as MessageId })),
  ];
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('registration.filed.people')}
      </Typography.Title>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        data-testid="filed-operator"
        columns={[
          { title: t('registration.filed.role'), dataIndex: 'roleId', render: (id: MessageId) => t(id) },
          { title: t('registration.form.personName'), dataIndex: 'name' },
          { title: t('registration.form.nationality'), dataIndex: 'nationality' },
          { title: t('registration.form.idType'), dataIndex: 'idType', render: (v: IdType | undefined) => (v ? t(idTypeLabels[v]) : '—') },
          { title: t('registration.form.idNumber'), dataIndex: 'idNumber', render: (v: string | undefined, row) => maskId(v, row.idType) },
        ]}
      />
    </>
  );
}
