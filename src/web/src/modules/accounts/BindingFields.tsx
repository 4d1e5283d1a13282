import { Form, Select } from 'antd';
import type { Role } from '../../../../schemas/auth.ts';
import type { DepartmentView } from '../../../../schemas/reference.ts';
import { ALL_ROLES, AREA_CODES, areaCodeLabelId, roleLabelId } from '../../auth/roles.ts';
import { useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';

export type BindingFieldsProps = {
  departments: DepartmentView[];
  /** The role chosen in the form, which decides the binding field shown. */
  role: Role | undefined;
};

/** Role select plus the binding it needs: a department for reviewers, an area for area officers. */
export function BindingFields({ departments, role }: BindingFieldsProps) {
  const t = useT();
  const name = useLocalName();
  return (
    <>
      <Form.Item label={t('accounts.form.role')} name="role" rules={[{ required: true, message: t('accounts.form.roleRequired') }]}>
        <Select<Role> options={ALL_ROLES.map((r) => ({ value: r, label: t(roleLabelId(r)) }))} />
      </Form.Item>
      {role === 'department_reviewer' && (
        <Form.Item
          label={t('accounts.form.department')}
          name="departmentCode"
          rules={[{ required: true, message: t('accounts.form.departmentRequired') }]}
        >
          <Select<string>
            showSearch={{ optionFilterProp: 'label' }}
            options={departments.map((d) => ({ value: d.code, label: `${name(d.nameZh, d.nameEn)} (${d.code})` }))}
          />
        </Form.Item>
      )}
      {role === 'area_officer' && (
        <Form.Item label={t('accounts.form.area')} name="areaCode" rules={[{ required: true, message: t('accounts.form.areaRequired') }]}>
          <Select<string> options={AREA_CODES.map((code) => ({ value: code, label: `${t(areaCodeLabelId(code))} (${code})` }))} />
        </Form.Item>
      )}
    </>
  );
}

/** The binding fields to send for a role: the one it needs, the others cleared. */
export function bindingFor(
  role: Role,
  values: { departmentCode?: string | null; areaCode?: string | null },
): { departmentCode: string | null; areaCode: string | null } {
  return {
    departmentCode: role === 'department_reviewer' ? (values.departmentCode ?? null) : null,
    areaCode: role === 'area_officer' ? (values.areaCode ?? null) : null,
  };
}
