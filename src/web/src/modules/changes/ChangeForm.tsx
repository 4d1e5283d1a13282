import { Button, Checkbox, Form, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ChangeView } from '../../../../schemas/changes.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { ApplicantSelect } from '../files/ApplicantSelect.tsx';
import { withServerDetail } from '../files/serverDetail.ts';
import { CapitalFields } from '../registration/CapitalFields.tsx';
import { DomicileFields, ForeignControlFields } from '../registration/DomicileContactFields.tsx';
import { FindingsAlert } from '../registration/FindingsAlert.tsx';
import { useRegistrationFiling } from '../registration/useRegistrationFiling.ts';
import {
  DIRECTOR_POSITIONS,
  hasForeignInvestor,
  MANAGER_POSITIONS,
  SUPERVISOR_POSITIONS,
} from '../registration/formModel.ts';
import { FormSection } from '../registration/FormSection.tsx';
import { InvestorsSection } from '../registration/InvestorsSection.tsx';
import { LegalRepresentativeFields } from '../registration/LegalRepresentativeFields.tsx';
import { NameFields } from '../registration/NameFields.tsx';
import { OfficersList } from '../registration/OfficersSection.tsx';
import { ScopeSection } from '../registration/ScopeSection.tsx';
import { useScopeCatalogue } from '../registration/useScopeCatalogue.ts';
import { CHANGE_PARTS, changePartLabels, toChangeRequest, type ChangePart, type ChangeValues } from './changeForm.ts';


export type ChangeFormProps = {
  uscc: string;
  /** The form filled with the particulars in force (valuesFromParticulars). */
  initial: ChangeValues;
  /** A window officer files at the counter for the owner applicant. */
  atCounter: boolean;
  onFiled: (change: ChangeView) => void;
};

/**
 * The change-registration form: which particulars change, and for each the establishment form's own section, filled
 * with what is registered. A refusal (422) shows every finding and marks the fields the blocking ones name, as the
 * establishment form does.
 */
export function ChangeForm({ uscc, initial, atCounter, onFiled }: ChangeFormProps) {
  const t = useT();
  const [form] = Form.useForm<ChangeValues>();
  const catalogue = useScopeCatalogue();
  const { busy, error, findings, answerRef, file, onValuesChange } = useRegistrationFiling(form);
  const parts: ChangePart[] = Form.useWatch('parts', form) ?? [];
  const investors = Form.useWatch('investors', form);
  const foreign = hasForeignInvestor(investors);
  const chosen = (part: ChangePart) => parts.includes(part);

  const submit = () =>
    file(async (idempotencyKey) => {
      // Every value the form holds, the parts not shown included: the request takes the chosen parts from them.
      const body = toChangeRequest(form.getFieldsValue(true) as ChangeValues);
      onFiled(await api.post<ChangeView>(`/api/enterprises/${encodeURIComponent(uscc)}/changes`, body, { 'Idempotency-Key': idempotencyKey }));
    });

  return (
    <>
      <div ref={answerRef} aria-live="polite" data-testid="change-answer" style={{ scrollMarginTop: 80 }}>
        {findings.length > 0 ? (
          <div role="alert" style={{ marginBottom: 16 }}>
            <Typography.Paragraph strong>{t('change.new.refused')}</Typography.Paragraph>
            <FindingsAlert findings={findings} />
          </div>
        ) : (
          <ErrorAlert error={withServerDetail(error)} />
        )}
      </div>
      <Form<ChangeValues>
        form={form}
        name="change"
        layout="vertical"
        initialValues={initial}
        scrollToFirstError={{ block: 'center' }}
        onValuesChange={onValuesChange}
        onFinish={() => void submit()}
        style={{ maxWidth: 1080 }}
      >
        {atCounter && initial.applicantId === undefined && (
          <FormSection title={t('registration.form.section.applicant')}>
            <Form.Item name="applicantId" label={t('registration.form.applicant')} extra={t('registration.form.applicantHelp')} rules={[{ required: true, message: t('registration.form.required') }]}>
              <ApplicantSelect />
            </Form.Item>
          </FormSection>
        )}
        <FormSection title={t('change.parts.label')} testId="change-parts">
          <Form.Item name="parts" extra={t('change.parts.help')} rules={[{ required: true, type: 'array', min: 1, message: t('change.parts.required') }]}>
            <Checkbox.Group aria-label={t('change.parts.label')} options={CHANGE_PARTS.map((part) => ({ value: part, label: t(changePartLabels[part]) }))} />
          </Form.Item>
        </FormSection>
        {chosen('name') && (
          <FormSection title={t('registration.form.section.name')}>
            <NameFields ownReservations={!atCounter} />
          </FormSection>
        )}
        {chosen('domicile') && (
          <FormSection title={t('registration.form.section.domicile')}>
            <DomicileFields />
          </FormSection>
        )}
        {chosen('capital') && (
          <>
            <FormSection title={t('registration.form.section.capital')}>
              <CapitalFields fixedLegalForm />
            </FormSection>
            <FormSection title={t('registration.form.section.investors')} testId="investors-section">
              <InvestorsSection />
            </FormSection>
          </>
        )}
        {chosen('officers') && (
          <FormSection title={t('registration.form.section.officers')}>
            <OfficersList name="directors" headingId="registration.form.directors" itemId="registration.form.director" addId="registration.form.addDirector" positions={DIRECTOR_POSITIONS} required />
            <OfficersList name="supervisors" headingId="registration.form.supervisors" itemId="registration.form.supervisor" addId="registration.form.addSupervisor" positions={SUPERVISOR_POSITIONS} />
            <OfficersList name="managers" headingId="registration.form.managers" itemId="registration.form.manager" addId="registration.form.addManager" positions={MANAGER_POSITIONS} />
          </FormSection>
        )}
        {chosen('legalRepresentative') && (
          <FormSection title={t('registration.form.section.legalRepresentative')}>
            <LegalRepresentativeFields />
          </FormSection>
        )}
        {chosen('scope') && (
          <FormSection title={t('registration.form.section.scope')}>
            <ScopeSection catalogue={catalogue} />
          </FormSection>
        )}
        {foreign && (chosen('capital') || chosen('scope')) && (
          <FormSection title={t('registration.form.section.foreign')}>
            <ForeignControlFields />
          </FormSection>
        )}
        <Space>
          <Button type="primary" size="large" htmlType="submit" loading={busy} disabled={busy}>
            {atCounter ? t('change.form.submitAtCounter') : t('change.form.submit')}
          </Button>
          <Link to={`/enterprises/${encodeURIComponent(uscc)}`}>{t('common.action.cancel')}</Link>
        </Space>
      </Form>
    </>
  );
}
