import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Tag, Typography } from 'antd';
import type { DueResponse } from '../../../../schemas/calendar.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocale, useT } from '../../i18n/useT.ts';
import { isIsoDate, todayInShanghai, weekdayName } from './dates.ts';

type DueForm = { from: string; workingDays: number | null };

export type DueCalculatorProps = {
  /** Called with each answer, e.g. to show the due date's month. */
  onResult?: (result: DueResponse) => void;
};

/** Start date + N working days → the due date, by GET /api/calendar/due. */
export function DueCalculator({ onResult }: DueCalculatorProps) {
  const t = useT();
  const { locale } = useLocale();
  const [result, setResult] = useState<DueResponse | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (values: DueForm) => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api.get<DueResponse>('/api/calendar/due', {
        from: values.from,
        workingDays: values.workingDays ?? 1,
      });
      setResult(answer);
      onResult?.(answer);
    } catch (cause) {
      setResult(undefined);
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('calendar.due.heading')}</h2>}
      size="small"
      styles={{ body: { paddingBottom: 8 } }}
    >
      <Typography.Paragraph type="secondary">{t('calendar.due.rule')}</Typography.Paragraph>
      <Form<DueForm>
        name="due"
        layout="vertical"
        initialValues={{ from: todayInShanghai(), workingDays: 1 }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          label={t('calendar.due.from')}
          name="from"
          rules={[
            { required: true, message: t('calendar.due.fromRequired') },
            { validator: (_, v: string) => (!v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error(t('calendar.due.fromInvalid')))) },
          ]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          label={t('calendar.due.workingDays')}
          name="workingDays"
          rules={[{ required: true, message: t('calendar.due.workingDaysRequired') }]}
          extra={t('calendar.due.workingDaysHelp')}
        >
          <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('calendar.due.submit')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        <ErrorAlert error={error} />
        {result && (
          <Alert
            type={result.provisional ? 'warning' : 'success'}
            showIcon
            title={
              <span data-testid="due-result">
                {t('calendar.due.result', {
                  n: result.workingDays,
                  from: result.from,
                  due: result.due,
                  weekday: weekdayName(result.due, locale),
                })}
                {result.provisional && (
                  <Tag color="warning" style={{ marginInlineStart: 8 }}>
                    {t('calendar.due.provisionalTag')}
                  </Tag>
                )}
              </span>
            }
            description={result.provisional ? t('calendar.due.provisionalBody') : undefined}
          />
        )}
      </div>
    </Card>
  );
}
