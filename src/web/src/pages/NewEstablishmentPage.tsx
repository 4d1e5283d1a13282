import { Button, Form, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { EstablishmentView } from '../../../schemas/registration.ts';
import { api } from '../api/client.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { ApplicantSelect } from '../modules/files/ApplicantSelect.tsx';
import { CapitalFields } from '../modules/registration/CapitalFields.tsx';
import { ContactFields, DomicileFields, ForeignControlFields } from '../modules/registration/DomicileContactFields.tsx';
import { FindingsAlert } from '../modules/registration/FindingsAlert.tsx';
import { useRegistrationFiling } from '../modules/registration/useRegistrationFiling.ts';
import {
  DIRECTOR_POSITIONS,
  hasForeignInvestor,
  initialValues,
  MANAGER_POSITIONS,
  SUPERVISOR_POSITIONS,
  toRequest,
  type EstablishmentValues,
} from '../modules/registration/formModel.ts';
import { FormSection } from '../modules/registration/FormSection.tsx';
import { InvestorsSection } from '../modules/registration/InvestorsSection.tsx';
import { LegalRepresentativeFields } from '../modules/registration/LegalRepresentativeFields.tsx';
import { NameFields } from '../modules/registration/NameFields.tsx';
import { OfficersList } from '../modules/registration/OfficersSection.tsx';
import { ScopeSection } from '../modules/registration/ScopeSection.tsx';
import { useScopeCatalogue } from '../modules/registration/useScopeCatalogue.ts';


/**
 * /establishments/new: the one form of an establishment (一表申请; 多证合一、一照一码). Registered on the spot when
 * formal review finds nothing for an officer (then the application page shows the credit code and the licence); a
 * refusal (422) shows every finding, grouped by severity, and marks the fields the blocking ones name.
 */
export function NewEstablishmentPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useAuth();
  const atCounter = user?.role === 'window_officer';
  const [form] = Form.useForm<EstablishmentValues>();
  const catalogue = useScopeCatalogue();
  const { busy, error, findings, answerRef, file, onValuesChange } = useRegistrationFiling(form);
  const investors = Form.useWatch('investors', form);
  const foreign = hasForeignInvestor(investors);

  const submit = (values: EstablishmentValues) =>
    file(async (idempotencyKey) => {
      const filed = await api.post<EstablishmentView>('/api/establishments', toRequest(values), { 'Idempotency-Key': idempotencyKey });
      navigate(`/establishments/${filed.id}`);
    });

  return (
    <>
      <PageHeading title={t('registration.new.title')} description={t('registration.new.intro')} extra={<Link to="/establishments">{t('registration.new.back')}</Link>} />
      <div ref={answerRef} aria-live="polite" data-testid="establishment-answer" style={{ scrollMarginTop: 80 }}>
        {findings.length > 0 ? (
          <div role="alert" style={{ marginBottom: 16 }}>
            <Typography.Paragraph strong>{t('registration.new.refused')}</Typography.Paragraph>
            <FindingsAlert findings={findings} />
          </div>
        ) : (
          <ErrorAlert error={error} />
        )}
      </div>
      <Form<EstablishmentValues>
        form={form}
        name="establishment"
        layout="vertical"
        initialValues={initialValues}
        scrollToFirstError={{ block: 'center' }}
        onValuesChange={onValuesChange}
        onFinish={(v) => void submit(v)}
        style={{ maxWidth: 1080 }}
      >
        {atCounter && (
          <FormSection title={t('registration.form.section.applicant')}>
            <Form.Item name="applicantId" label={t('registration.form.applicant')} extra={t('registration.form.applicantHelp')} rules={[{ required: true, message: t('registration.form.required') }]}>
              <ApplicantSelect />
            </Form.Item>
          </FormSection>
        )}
        <FormSection title={t('registration.form.section.name')}>
          <NameFields ownReservations={!atCounter} />
        </FormSection>
        <FormSection title={t('registration.form.section.capital')}>
          <CapitalFields />
        </FormSection>
        <FormSection title={t('registration.form.section.investors')} testId="investors-section">
          <InvestorsSection />
        </FormSection>
        <FormSection title={t('registration.form.section.officers')}>
          <OfficersList name="directors" headingId="registration.form.directors" itemId="registration.form.director" addId="registration.form.addDirector" positions={DIRECTOR_POSITIONS} required />
          <OfficersList name="supervisors" headingId="registration.form.supervisors" itemId="registration.form.supervisor" addId="registration.form.addSupervisor" positions={SUPERVISOR_POSITIONS} />
          <OfficersList name="managers" headingId="registration.form.managers" itemId="registration.form.manager" addId="registration.form.addManager" positions={MANAGER_POSITIONS} />
        </FormSection>
        <FormSection title={t('registration.form.section.legalRepresentative')}>
          <LegalRepresentativeFields />
        </FormSection>
        <FormSection title={t('registration.form.section.scope')}>
          <ScopeSection catalogue={catalogue} />
        </FormSection>
        <FormSection title={t('registration.form.section.domicile')}>
          <DomicileFields />
        </FormSection>
        <FormSection title={t('registration.form.section.contact')}>
          <ContactFields />
        </FormSection>
        {foreign && (
          <FormSection title={t('registration.form.section.foreign')}>
            <ForeignControlFields />
          </FormSection>
        )}
        <Space>
          <Button type="primary" size="large" htmlType="submit" loading={busy} disabled={busy}>
            {atCounter ? t('registration.form.submitAtCounter') : t('registration.form.submit')}
          </Button>
          <Link to="/establishments">{t('common.action.cancel')}</Link>
        </Space>
      </Form>
    </>
  );
}
