import { useState } from 'react';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CreateOutboundRequest, CreateProjectRequest, InvestmentCaseDetail } from '../../../schemas/investment.ts';
import { api, ApiError } from '../api/client.ts';
import { randomUuid } from '../api/uuid.ts';
import { AREA_CODES, areaCodeLabelId } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { IndustryCodeSelect } from '../modules/admission/IndustryCodeSelect.tsx';
import { ApplicantSelect } from '../modules/files/ApplicantSelect.tsx';
import { CaseDetails } from '../modules/investment/CaseDetails.tsx';
import { RefusalAlert } from '../modules/investment/RefusalAlert.tsx';
import {
  DIMENSIONS,
  KeySelect,
  SensitivityDimensionFields,
  dimensionsRequest,
  useInvestmentVocabularies,
  type DimensionValues,
} from '../modules/investment/VocabularyFields.tsx';

type Kind = 'foreign_project' | 'outbound';

type Values = {
  applicantId?: number;
  name: string;
  areaCode: string;
  industryCodes: string[];
  projectCode?: string;
  totalInvestmentYuan?: number | null;
  totalInvestmentUsd?: number | null;
  foreignShare?: number | null;
  largestForeignInvestorShare?: number | null;
  acquiresActualControl?: boolean;
  votingInfluence?: boolean;
  nearMilitaryFacility?: boolean;
  declaredFields?: string[];
  sensitivityDimensions?: DimensionValues;
  destination?: { countryCode?: string; sensitiveCountry?: boolean; countryCategories?: string[] };
  chineseInvestmentUsd?: number | null;
  investorKind?: 'central' | 'local';
  sensitiveIndustryKeys?: string[];
};

const num = (v: number | null | undefined) => (v === null || v === undefined ? undefined : v);
const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
const keys = (v: string[] | undefined) => (v && v.length > 0 ? v : undefined);

function projectRequest(v: Values): CreateProjectRequest {
  const dimensions = dimensionsRequest(v.sensitivityDimensions);
  return {
    name: v.name.trim(),
    areaCode: v.areaCode,
    industryCodes: v.industryCodes,
    totalInvestmentYuan: v.totalInvestmentYuan ?? 0,
    foreignShare: v.foreignShare ?? 0,
    ...(text(v.projectCode) ? { projectCode: text(v.projectCode) } : {}),
    ...(num(v.totalInvestmentUsd) !== undefined ? { totalInvestmentUsd: num(v.totalInvestmentUsd) } : {}),
    ...(num(v.largestForeignInvestorShare) !== undefined ? { largestForeignInvestorShare: num(v.largestForeignInvestorShare) } : {}),
    ...(v.acquiresActualControl ? { acquiresActualControl: true } : {}),
    ...(v.votingInfluence ? { votingInfluence: true } : {}),
    ...(v.nearMilitaryFacility ? { nearMilitaryFacility: true } : {}),
    ...(keys(v.declaredFields) ? { declaredFields: keys(v.declaredFields) } : {}),
    ...(dimensions ? { sensitivityDimensions: dimensions } : {}),
    ...(v.applicantId !== undefined ? { applicantId: v.applicantId } : {}),
  };
}

function outboundRequest(v: Values): CreateOutboundRequest {
  const country = text(v.destination?.countryCode)?.toUpperCase();
  const categories = keys(v.destination?.countryCategories);
  return {
    name: v.name.trim(),
    areaCode: v.areaCode,
    destination: {
      ...(country ? { countryCode: country } : {}),
      ...(v.destination?.sensitiveCountry ? { sensitiveCountry: true } : {}),
      ...(categories ? { countryCategories: categories } : {}),
    },
    industryCodes: v.industryCodes,
    chineseInvestmentUsd: v.chineseInvestmentUsd ?? 0,
    investorKind: v.investorKind ?? 'local',
    ...(keys(v.sensitiveIndustryKeys) ? { sensitiveIndustryKeys: keys(v.sensitiveIndustryKeys) } : {}),
    ...(v.applicantId !== undefined ? { applicantId: v.applicantId } : {}),
  };
}

const FORM_FIELDS = new Set([
  'applicantId',
  'name',
  'areaCode',
  'projectCode',
  'industryCodes',
  'totalInvestmentYuan',
  'totalInvestmentUsd',
  'foreignShare',
  'largestForeignInvestorShare',
  'declaredFields',
  'sensitivityDimensions',
  'destination',
  'chineseInvestmentUsd',
  'investorKind',
  'sensitiveIndustryKeys',
]);

/** The form path of a field the server names ("destination.countryCode", "industryCodes.0"), or undefined. */
function fieldPath(field: string | undefined): (string | number)[] | undefined {
  if (!field) return undefined;
  const parts = field.split('.');
  if (!FORM_FIELDS.has(parts[0]!)) return undefined;
  if (parts[0] === 'destination') return parts.length > 1 && ['countryCode', 'sensitiveCountry', 'countryCategories'].includes(parts[1]!) ? ['destination', parts[1]!] : undefined;
  // A dimension's error belongs to its reason; the dimensions as a whole have no single field to mark.
  if (parts[0] === 'sensitivityDimensions') return (DIMENSIONS as readonly string[]).includes(parts[1] ?? '') ? ['sensitivityDimensions', parts[1]!, 'why'] : undefined;
  return [parts[0]!];
}

/**
 * /investment/projects/new and /investment/outbound/new: file a foreign-funded project (recordation with a receipt
 * number at once, or a project-approval file) or an outbound investment (a file on the NDRC track). A window
 * officer files at the counter for the applicant it picks. The 201 answer is shown under the form.
 */
export function NewInvestmentPage({ kind }: { kind: Kind }) {
  const t = useT();
  const { user } = useAuth();
  const atCounter = user?.role === 'window_officer';
  const [form] = Form.useForm<Values>();
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [result, setResult] = useState<InvestmentCaseDetail | undefined>(undefined);
  const required = [{ required: true, message: t('investment.new.required') }];
  const vocab = useInvestmentVocabularies();

  const submit = async (values: Values) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const path = kind === 'foreign_project' ? '/api/investment/projects' : '/api/investment/outbound';
      const body = kind === 'foreign_project' ? projectRequest(values) : outboundRequest(values);
      setResult(await api.post<InvestmentCaseDetail>(path, body, { 'Idempotency-Key': idempotencyKey }));
      setIdempotencyKey(randomUuid());
    } catch (cause) {
      const path = cause instanceof ApiError ? fieldPath(cause.field) : undefined;
      if (path && cause instanceof ApiError && cause.status === 400) form.setFields([{ name: path as Parameters<typeof form.setFields>[0][number]['name'], errors: [cause.message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const money = <InputNumber<number> min={0} step={1000} style={{ width: '100%' }} />;
  const percent = <InputNumber<number> min={0} max={100} step={1} style={{ width: '100%' }} />;

  return (
    <>
      <PageHeading
        title={kind === 'foreign_project' ? t('investment.new.projectTitle') : t('investment.new.outboundTitle')}
        description={kind === 'foreign_project' ? t('investment.new.projectIntro') : t('investment.new.outboundIntro')}
        extra={<Link to="/investment">{t('investment.new.back')}</Link>}
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={11}>
          <Card>
            <ErrorAlert error={vocab.error} title={t('investment.form.vocabError')} onRetry={vocab.reload} />
            <Form<Values>
              form={form}
              name={`new-investment-${kind}`}
              layout="vertical"
              initialValues={{ industryCodes: [], investorKind: 'local' }}
              onValuesChange={() => setIdempotencyKey(randomUuid())}
              onFinish={(v) => void submit(v)}
            >
              {atCounter && (
                <Form.Item name="applicantId" label={t('investment.new.applicant')} extra={t('investment.new.applicantHelp')} rules={required}>
                  <ApplicantSelect />
                </Form.Item>
              )}
              <Form.Item name="name" label={t('investment.form.name')} rules={[...required, { max: 200 }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="areaCode" label={t('investment.form.area')} rules={required}>
                <Select options={AREA_CODES.map((code) => ({ value: code, label: t(areaCodeLabelId(code)), title: t(areaCodeLabelId(code)) }))} />
              </Form.Item>
              <Form.Item
                name="industryCodes"
                label={t('investment.form.industries')}
                extra={t('investment.form.industriesHelp')}
                rules={[{ required: true, type: 'array', min: 1, message: t('investment.new.required') }]}
              >
                <IndustryCodeSelect />
              </Form.Item>
              {kind === 'foreign_project' ? (
                <>
                  <Form.Item name="projectCode" label={t('investment.form.projectCode')}>
                    <Input maxLength={60} />
                  </Form.Item>
                  <Form.Item name="totalInvestmentYuan" label={t('investment.form.totalYuan')} rules={required}>
                    {money}
                  </Form.Item>
                  <Form.Item name="totalInvestmentUsd" label={t('investment.form.totalUsd')}>
                    {money}
                  </Form.Item>
                  <Form.Item name="foreignShare" label={t('investment.form.foreignShare')} rules={required}>
                    {percent}
                  </Form.Item>
                  <Form.Item name="largestForeignInvestorShare" label={t('investment.form.largestForeign')}>
                    {percent}
                  </Form.Item>
                  <Typography.Text strong>{t('investment.form.securityFacts')}</Typography.Text>
                  <Form.Item name="acquiresActualControl" valuePropName="checked" style={{ marginBottom: 4 }}>
                    <Checkbox>{t('investment.form.actualControl')}</Checkbox>
                  </Form.Item>
                  <Form.Item name="votingInfluence" valuePropName="checked" style={{ marginBottom: 4 }}>
                    <Checkbox>{t('investment.form.votingInfluence')}</Checkbox>
                  </Form.Item>
                  <Form.Item name="nearMilitaryFacility" valuePropName="checked">
                    <Checkbox>{t('investment.form.nearMilitary')}</Checkbox>
                  </Form.Item>
                  <Form.Item name="declaredFields" label={t('investment.form.declaredFields')} extra={t('investment.form.declaredFieldsHelp')}>
                    <KeySelect entries={vocab.data?.declaredFields} loading={vocab.loading} />
                  </Form.Item>
                  <SensitivityDimensionFields entries={vocab.data?.sensitivityDimensions} />
                </>
              ) : (
                <>
                  <Form.Item
                    name={['destination', 'countryCode']}
                    label={t('investment.form.country')}
                    extra={t('investment.form.countryHelp')}
                    normalize={(v: string) => v.toUpperCase()}
                    rules={[{ pattern: /^[A-Z]{2}$/, message: t('investment.form.countryInvalid') }]}
                  >
                    <Input maxLength={2} style={{ maxWidth: 120 }} />
                  </Form.Item>
                  <Form.Item name={['destination', 'sensitiveCountry']} valuePropName="checked">
                    <Checkbox>{t('investment.form.sensitiveCountry')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={['destination', 'countryCategories']} label={t('investment.form.countryCategories')} extra={t('investment.form.countryCategoriesHelp')}>
                    <KeySelect entries={vocab.data?.countryCategories} loading={vocab.loading} />
                  </Form.Item>
                  <Form.Item name="sensitiveIndustryKeys" label={t('investment.form.sensitiveIndustries')} extra={t('investment.form.sensitiveIndustriesHelp')}>
                    <KeySelect entries={vocab.data?.sensitiveIndustries} loading={vocab.loading} />
                  </Form.Item>
                  <Form.Item name="investorKind" label={t('investment.form.investorKind')} rules={required}>
                    <Radio.Group
                      options={[
                        { value: 'local', label: t('investment.form.investorKind.local') },
                        { value: 'central', label: t('investment.form.investorKind.central') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name="chineseInvestmentUsd" label={t('investment.form.chineseUsd')} rules={required}>
                    {money}
                  </Form.Item>
                </>
              )}
              <Button type="primary" htmlType="submit" loading={busy} disabled={busy}>
                {t('investment.new.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <div aria-live="polite">
            <RefusalAlert error={error} />
            {result && (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <CaseDetails detail={result} />
                <Link to={`/investment/cases/${result.id}`}>{t('investment.result.open')}</Link>
              </Space>
            )}
          </div>
        </Col>
      </Row>
    </>
  );
}
