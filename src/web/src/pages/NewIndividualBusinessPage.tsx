import { Button, Form, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { EstablishmentView } from '../../../schemas/registration.ts';
import { api } from '../api/client.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { ApplicantSelect } from '../modules/files/ApplicantSelect.tsx';
import { CompositionFields } from '../modules/registration/CompositionFields.tsx';
import { ContactFields, DomicileFields } from '../modules/registration/DomicileContactFields.tsx';
import { FindingsAlert } from '../modules/registration/FindingsAlert.tsx';
import { FormSection } from '../modules/registration/FormSection.tsx';
import { individualInitialValues, toIndividualRequest, type IndividualBusinessValues } from '../modules/registration/individualFormModel.ts';
import { NameFields } from '../modules/registration/NameFields.tsx';
import { OperatorFields } from '../modules/registration/OperatorFields.tsx';
import { ScopeSection } from '../modules/registration/ScopeSection.tsx';
import { useRegistrationFiling } from '../modules/registration/useRegistrationFiling.ts';
import { useScopeCatalogue } from '../modules/registration/useScopeCatalogue.ts';

/**
 * /individual-businesses/new: registering an individual business (个体工商户; MER Arts. 8, 12) through the same window
 * as a company: the operator, the composition (individual or family), the funds, the scope and the business premises
 * by commitment. The same formal review and routes: registered on the spot, or an officer's file; a refusal (422)
 * shows every finding and marks the fields the blocking ones name (operator.nationality, familyMembers …).
 */
export function NewIndividualBusinessPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useAuth();
  const atCounter = user?.role === 'window_officer';
  const [form] = Form.useForm<IndividualBusinessValues>();
  const catalogue = useScopeCatalogue();
  const { busy, error, findings, answerRef, file, onValuesChange } = useRegistrationFiling(form);

  const submit = (values: IndividualBusinessValues) =>
    file(async (idempotencyKey) => {
      const filed = await api.post<EstablishmentView>('/api/individual-businesses', toIndividualRequest(values), { 'Idempotency-Key': idempotencyKey });
      navigate(`/establishments/${filed.id}`);
    });

  return (
    <>
      <PageHeading title={t('registration.individual.title')} description={t('registration.individual.intro')} extra={<Link to="/establishments">{t('registration.new.back')}</Link>} />
      <div ref={answerRef} aria-live="polite" data-testid="individual-business-answer" style={{ scrollMarginTop: 80 }}>
        {findings.length > 0 ? (
          <div role="alert" style={{ marginBottom: 16 }}>
            <Typography.Paragraph strong>{t('registration.new.refused')}</Typography.Paragraph>
            <FindingsAlert findings={findings} />
          </div>
        ) : (
          <ErrorAlert error={error} />
        )}
      </div>
      <Form<IndividualBusinessValues>
        form={form}
        name="individualBusiness"
        layout="vertical"
        initialValues={individualInitialValues}
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
          <NameFields ownReservations={!atCounter} individualBusiness />
        </FormSection>
        <FormSection title={t('registration.form.section.operator')} testId="operator-section">
          <OperatorFields />
        </FormSection>
        <FormSection title={t('registration.form.section.composition')} testId="composition-section">
          <CompositionFields />
        </FormSection>
        <FormSection title={t('registration.form.section.scope')}>
          <ScopeSection catalogue={catalogue} />
        </FormSection>
        <FormSection title={t('registration.form.section.premises')}>
          <DomicileFields premises />
        </FormSection>
        <FormSection title={t('registration.form.section.contact')}>
          <ContactFields />
        </FormSection>
        <Space>
          <Button type="primary" size="large" htmlType="submit" loading={busy} disabled={busy}>
            {atCounter ? t('registration.individual.submitAtCounter') : t('registration.individual.submit')}
          </Button>
          <Link to="/establishments">{t('common.action.cancel')}</Link>
        </Space>
      </Form>
    </>
  );
}
