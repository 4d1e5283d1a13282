import { Checkbox, Form, Input, Select, Space } from 'antd';
import type { CreateProjectRequest, InvestmentVocabulariesResponse } from '../../../../schemas/investment.ts';
import { useApi, type ApiState } from '../../api/useApi.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';

type Entry = InvestmentVocabulariesResponse['declaredFields'][number];

/** Plan V.(V): the five sensitivity dimensions, in the order of the plan (the keys CreateProjectRequest takes). */
export const DIMENSIONS = ['investor', 'target', 'industry', 'technology', 'region'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** What the form holds per dimension: ticked, and optionally why. */
export type DimensionValues = Partial<Record<Dimension, { on?: boolean; why?: string }>>;

/** The keys the investment forms take, with their names (GET /api/investment/vocabularies, public reference data). */
export function useInvestmentVocabularies(): ApiState<InvestmentVocabulariesResponse> {
  return useApi<InvestmentVocabulariesResponse>('/api/investment/vocabularies');
}

export type KeySelectProps = {
  entries: Entry[] | undefined;
  loading?: boolean;
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  'aria-invalid'?: boolean;
};

/** Picks keys of one vocabulary, each named in the current language. A Form.Item control: value and onChange. */
export function KeySelect({ entries, loading, id, value, onChange, 'aria-invalid': invalid }: KeySelectProps) {
  const localName = useLocalName();
  const options = (entries ?? []).map((e) => ({ value: e.key, label: localName(e.zh, e.en), title: localName(e.zh, e.en) }));
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      loading={loading === true}
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      options={options}
      optionFilterProp="label"
      aria-invalid={invalid}
      style={{ width: '100%' }}
    />
  );
}

/** One dimension: a checkbox and, once ticked, an optional text saying why (Plan V.(V): "true, or what makes it sensitive"). */
function DimensionField({ dimension, entry }: { dimension: Dimension; entry: Entry | undefined }) {
  const t = useT();
  const localName = useLocalName();
  const form = Form.useFormInstance();
  const on = Form.useWatch(['sensitivityDimensions', dimension, 'on'], form) === true;
  const name = entry ? localName(entry.zh, entry.en) : dimension;
  return (
    <div data-testid={`dimension-${dimension}`}>
      <Form.Item name={['sensitivityDimensions', dimension, 'on']} valuePropName="checked" style={{ marginBottom: on ? 4 : 8 }}>
        <Checkbox>{name}</Checkbox>
      </Form.Item>
      {on && (
        <Form.Item name={['sensitivityDimensions', dimension, 'why']} rules={[{ max: 500 }]} style={{ marginInlineStart: 24, marginBottom: 8 }}>
          <Input maxLength={500} aria-label={t('investment.form.dimensionWhy', { name })} placeholder={t('investment.form.dimensionWhyPlaceholder')} />
        </Form.Item>
      )}
    </div>
  );
}

/** The five sensitivity dimensions of a foreign-funded project, named from the vocabulary. */
export function SensitivityDimensionFields({ entries }: { entries: Entry[] | undefined }) {
  const t = useT();
  return (
    <Form.Item label={t('investment.form.dimensions')} extra={t('investment.form.dimensionsHelp')}>
      <Space orientation="vertical" size={0} style={{ width: '100%' }} role="group" aria-label={t('investment.form.dimensions')}>
        {DIMENSIONS.map((d) => (
          <DimensionField key={d} dimension={d} entry={entries?.find((e) => e.key === d)} />
        ))}
      </Space>
    </Form.Item>
  );
}

/** The request's sensitivityDimensions: a ticked dimension is its trimmed reason, or true; none ticked gives undefined. */
export function dimensionsRequest(values: DimensionValues | undefined): CreateProjectRequest['sensitivityDimensions'] {
  const out: NonNullable<CreateProjectRequest['sensitivityDimensions']> = {};
  for (const d of DIMENSIONS) {
    const v = values?.[d];
    if (!v?.on) continue;
    const why = v.why?.trim();
    out[d] = why ? why : true;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
