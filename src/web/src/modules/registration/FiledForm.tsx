import { Collapse, Descriptions, Table, Tag, Typography } from 'antd';
import type { CreateEstablishmentRequest, CreateIndividualBusinessRequest, EstablishmentView } from '../../../../schemas/registration.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import type { IdType, InvestorKind, OfficerPosition } from './formModel.ts';
import { FiledIndividualPeople } from './FiledIndividualPeople.tsx';
import { maskId } from './maskId.ts';
import { compositionFormLabels, contributionFormLabels, idTypeLabels, investorKindLabels, legalFormLabels, positionLabels, scopeKindTags } from './registrationLabels.ts';
import type { ScopeCatalogue } from './useScopeCatalogue.ts';

type Filed = Partial<CreateEstablishmentRequest>;
type FiledIndividual = Partial<CreateIndividualBusinessRequest>;
type Person = { name?: string; nationality?: string; idType?: IdType; idNumber?: string };
type OfficerRow = Person & { key: string; roleId: MessageId; position?: OfficerPosition };

/** Kept here too for the modules that took it from the filed form. */
export { maskId };

const money = (n: number | undefined) => (typeof n === 'number' ? n.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : '—');

export type FiledFormProps = {
  form: Record<string, unknown>;
  catalogue: ScopeCatalogue;
  /** An individual business's form has an operator and a composition form instead of capital, investors and officers. */
  kind?: EstablishmentView['kind'];
};

/** The form as filed (GET /api/establishments/:id `form`), folded away under the application. */
export function FiledForm({ form, catalogue, kind = 'company' }: FiledFormProps) {
  const t = useT();
  const f = form as Filed;
  const individual = kind === 'individual-business' ? (form as FiledIndividual) : undefined;
  const yesNo = (v: boolean | undefined) => (v ? t('registration.filed.yes') : t('registration.filed.no'));
  const body = (
    <>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t(individual ? 'registration.form.individualName' : 'registration.form.name')}>{f.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('registration.form.reservationNo')}>{f.nameReservationId ?? '—'}</Descriptions.Item>
        {individual ? (
          <>
            <Descriptions.Item label={t('registration.form.compositionForm')}>{individual.compositionForm ? t(compositionFormLabels[individual.compositionForm]) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('registration.form.funds')}>{money(individual.fundsYuan)}</Descriptions.Item>
          </>
        ) : (
          <>
            <Descriptions.Item label={t('registration.form.legalForm')}>{f.legalForm ? t(legalFormLabels[f.legalForm]) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('registration.form.capital')}>{money(f.registeredCapitalYuan)}</Descriptions.Item>
          </>
        )}
        <Descriptions.Item label={t('registration.form.scopeItems')} span={2}>
          {(f.businessScope?.itemCodes ?? []).map((code) => {
            const kind = catalogue.byCode(code)?.kind ?? 'general';
            return (
              <Tag key={code} color={scopeKindTags[kind].color} style={{ marginBottom: 4 }}>
                {catalogue.itemName(code)}（{t(scopeKindTags[kind].id)}）
              </Tag>
            );
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('registration.form.mainItem')}>{f.businessScope?.mainItemCode ? catalogue.itemName(f.businessScope.mainItemCode) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('registration.form.preApprovals')}>
          {(f.preApprovals ?? []).length === 0
            ? '—'
            : (f.preApprovals ?? []).map((a) => (
                <div key={a.itemCode}>
                  {catalogue.itemName(a.itemCode)}：{a.approvalNo}（{a.authority}）
                </div>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={t(individual ? 'registration.form.premises' : 'registration.form.address')} span={2}>
          {f.domicile?.address ?? '—'} {f.domicile?.commitment && <Tag color="green">{t('registration.filed.committed')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('registration.form.section.contact')} span={2}>
          {[f.contact?.name, f.contact?.phone, f.contact?.email].filter(Boolean).join(' · ') || '—'}
        </Descriptions.Item>
        {f.foreignControl && (
          <Descriptions.Item label={t('registration.form.section.foreign')} span={2}>
            <div>{t('registration.form.acquiresActualControl')}：{yesNo(f.foreignControl.acquiresActualControl)}</div>
            <div>{t('registration.form.votingInfluence')}：{yesNo(f.foreignControl.votingInfluence)}</div>
            <div>{t('registration.form.nearMilitary')}：{yesNo(f.foreignControl.nearMilitaryFacility)}</div>
          </Descriptions.Item>
        )}
      </Descriptions>
      {individual ? <FiledIndividualPeople operator={individual.operator} familyMembers={individual.familyMembers} /> : <CompanyPeople f={f} />}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('registration.filed.masked')}
      </Typography.Paragraph>
    </>
  );
  return <Collapse items={[{ key: 'form', label: t('registration.detail.form'), children: body }]} />;
}

/** A company's investors and its directors, supervisors and managers (with the legal representative) as filed. */
function CompanyPeople({ f }: { f: Filed }) {
  const t = useT();
  const idType = (v: IdType | undefined) => (v ? t(idTypeLabels[v]) : '—');
  const officers: OfficerRow[] = [
    ...(f.legalRepresentative ? [{ ...f.legalRepresentative, key: 'lr', roleId: 'registration.form.section.legalRepresentative' as MessageId }] : []),
    ...(f.directors ?? []).map((p, i) => ({ ...p, key: `d${i}`, roleId: 'registration.form.directors' as MessageId })),
    ...(f.supervisors ?? []).map((p, i) => ({ ...p, key: `s${i}`, roleId: 'registration.form.supervisors' as MessageId })),
    ...(f.managers ?? []).map((p, i) => ({ ...p, key: `m${i}`, roleId: 'registration.form.managers' as MessageId })),
  ];
  const investors = (f.investors ?? []).map((inv, i) => ({ ...inv, key: i }));
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('registration.form.section.investors')}
      </Typography.Title>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={investors}
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('registration.form.investorName'), dataIndex: 'name' },
          { title: t('registration.form.investorKind'), dataIndex: 'kind', render: (k: InvestorKind) => t(investorKindLabels[k]) },
          { title: t('registration.form.nationality'), dataIndex: 'nationality' },
          { title: t('registration.form.idType'), dataIndex: 'idType', render: idType },
          { title: t('registration.form.idNumber'), dataIndex: 'idNumber', render: (v: string | undefined, row) => maskId(v, row.idType) },
          { title: t('registration.form.subscribed'), dataIndex: 'subscribedYuan', render: money },
          { title: t('registration.form.contributionForm'), dataIndex: 'contributionForm', render: (c: keyof typeof contributionFormLabels | undefined) => (c ? t(contributionFormLabels[c]) : '—') },
          { title: t('registration.form.dueOn'), dataIndex: 'contributionDueOn' },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('registration.form.section.officers')}
      </Typography.Title>
      <Table<OfficerRow>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={officers}
        columns={[
          { title: t('registration.filed.role'), dataIndex: 'roleId', render: (id: MessageId) => t(id) },
          { title: t('registration.form.personName'), dataIndex: 'name' },
          { title: t('registration.form.position'), dataIndex: 'position', render: (p: OfficerPosition | undefined) => (p ? t(positionLabels[p]) : '—') },
          { title: t('registration.form.nationality'), dataIndex: 'nationality' },
          { title: t('registration.form.idType'), dataIndex: 'idType', render: idType },
          { title: t('registration.form.idNumber'), dataIndex: 'idNumber', render: (v: string | undefined, row) => maskId(v, row.idType) },
        ]}
      />
    </>
  );
}
