import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, InputNumber, Alert, Space, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { PublishYearResponse } from '../../../../schemas/calendar.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { isIsoDate } from '../calendar/dates.ts';
import { parseDays, type PublishDay } from './parseDays.ts';

type PublishForm = { year: number; noticeUrl: string; days: PublishDay[] };

export type PublishYearFormProps = {
  defaultYear: number;
  onPublished: (year: number) => void;
};

/** Publish a year's State Council schedule: POST /api/calendar/years/:year/publish. */
export function PublishYearForm({ defaultYear, onPublished }: PublishYearFormProps) {
  const t = useT();
  const [form] = Form.useForm<PublishForm>();
  const [paste, setPaste] = useState('');
  const [pasteError, setPasteError] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<PublishYearResponse | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const importPaste = () => {
    const { days, badLines } = parseDays(paste);
    setPasteError(badLines.length > 0 ? t('calendarAdmin.publish.pasteBad', { lines: badLines.join(', ') }) : undefined);
    if (days.length > 0) form.setFieldValue('days', [...((form.getFieldValue('days') as PublishDay[] | undefined) ?? []), ...days]);
  };

  const submit = async (values: PublishForm) => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const days = (values.days ?? []).map((d) => (d.name?.trim() ? { ...d, name: d.name.trim() } : { date: d.date, workday: d.workday }));
      const answer = await api.post<PublishYearResponse>(`/api/calendar/years/${values.year}/publish`, {
        noticeUrl: values.noticeUrl.trim(),
        days,
      });
      setResult(answer);
      onPublished(answer.year);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const inYear = (value: string) => {
    const year = form.getFieldValue('year') as number | undefined;
    if (!value || !isIsoDate(value)) return Promise.reject(new Error(t('calendar.due.fromInvalid')));
    if (year !== undefined && !value.startsWith(`${year}-`)) return Promise.reject(new Error(t('calendarAdmin.publish.dateOutsideYear')));
    return Promise.resolve();
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('calendarAdmin.publish.heading')}</h2>}>
      <Typography.Paragraph type="secondary">{t('calendarAdmin.publish.intro')}</Typography.Paragraph>
      <Form<PublishForm> form={form} name="publish" layout="vertical" initialValues={{ year: defaultYear, days: [] }} onFinish={(v) => void submit(v)}>
        <Space wrap align="start">
          <Form.Item label={t('calendarAdmin.publish.year')} name="year" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item
            label={t('calendarAdmin.form.noticeUrl')}
            name="noticeUrl"
            rules={[{ required: true, type: 'url', message: t('calendarAdmin.form.urlInvalid') }]}
            style={{ minWidth: 320 }}
          >
            <Input type="url" placeholder="https://www.gov.cn/…" />
          </Form.Item>
        </Space>
        <Typography.Title level={3} style={{ fontSize: 14, marginTop: 0 }}>
          {t('calendarAdmin.publish.days')}
        </Typography.Title>
        <Form.List name="days">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field, index) => (
                <Space key={field.key} wrap align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'date']} rules={[{ validator: (_, v: string) => inYear(v) }]} label={t('calendarAdmin.form.date')}>
                    <Input type="date" aria-label={t('calendarAdmin.publish.dayDate', { n: index + 1 })} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'workday']} initialValue={false} label={t('calendarAdmin.form.workday')}>
                    <Select
                      style={{ width: 140 }}
                      aria-label={t('calendarAdmin.publish.dayKind', { n: index + 1 })}
                      options={[
                        { value: false, label: t('calendarAdmin.workday.no') },
                        { value: true, label: t('calendarAdmin.workday.yes') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} label={t('calendarAdmin.form.name')} rules={[{ max: 80 }]}>
                    <Input aria-label={t('calendarAdmin.publish.dayName', { n: index + 1 })} />
                  </Form.Item>
                  <Form.Item label={<span className="zimao-sr-only">{t('common.action.delete')}</span>}>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('calendarAdmin.publish.removeDay', { n: index + 1 })} />
                  </Form.Item>
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ workday: false })} disabled={fields.length >= 100}>
                {t('calendarAdmin.publish.addDay')}
              </Button>
            </div>
          )}
        </Form.List>
        <details style={{ marginTop: 16 }}>
          <summary>{t('calendarAdmin.publish.pasteSummary')}</summary>
          <Input.TextArea
            rows={5}
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
            aria-label={t('calendarAdmin.publish.pasteLabel')}
            placeholder={'2027-10-01 休 国庆节\n2027-09-26 班'}
            style={{ marginTop: 8 }}
          />
          {pasteError && <Alert type="warning" title={pasteError} style={{ marginTop: 8 }} />}
          <Button onClick={importPaste} style={{ marginTop: 8 }}>
            {t('calendarAdmin.publish.pasteImport')}
          </Button>
        </details>
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>
          {t('calendarAdmin.publish.submit')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        <ErrorAlert error={error} />
        {result && (
          <Descriptions
            bordered
            size="small"
            column={1}
            title={t('calendarAdmin.publish.resultTitle', { year: result.year })}
            items={[
              { key: 'o', label: t('calendarAdmin.publish.overridesLoaded'), children: result.overridesLoaded },
              { key: 'r', label: t('calendarAdmin.publish.deadlinesRecomputed'), children: result.deadlinesRecomputed },
              { key: 'c', label: t('calendarAdmin.publish.deadlinesChanged'), children: result.deadlinesChanged },
              { key: 'n', label: t('calendarAdmin.publish.holdersNotified'), children: result.holdersNotified },
            ]}
          />
        )}
      </div>
    </Card>
  );
}
