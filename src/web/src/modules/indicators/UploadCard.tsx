import { useState } from 'react';
import { Button, Card, DatePicker, Space, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { SubmissionDetail } from '../../../../schemas/indicators.ts';
import { api, buildUrl } from '../../api/client.ts';
import { useT } from '../../i18n/useT.ts';
import { readAsBase64 } from '../files/readDocument.ts';
import { SubmissionOutcome } from './SubmissionOutcome.tsx';
import { ValueErrorsAlert } from './ValueErrorsAlert.tsx';

const MAX_BYTES = 5 * 1024 * 1024;
export type UploadCardProps = { areaCode: string; onSubmitted: () => void };

/** The template for a range of months, and the upload of a filled-in workbook with every error shown by its cell. */
export function UploadCard({ areaCode, onSubmitted }: UploadCardProps) {
  const t = useT();
  const lastMonth = dayjs().subtract(1, 'month');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([lastMonth.subtract(2, 'month'), lastMonth]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState<SubmissionDetail | undefined>(undefined);
  const upload = async (file: File) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      if (file.size > MAX_BYTES) throw new Error(t('indicators.submit.tooLarge', { max: MAX_BYTES / 1024 / 1024 }));
      setDone(await api.post<SubmissionDetail>('/api/indicators/submissions/upload', { areaCode, fileName: file.name, contentBase64: await readAsBase64(file) }));
      onSubmitted();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const href = buildUrl('/api/indicators/template', { areaCode, from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM') });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('indicators.submit.uploadTitle')}</h2>} style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          picker="month"
          value={range}
          allowClear={false}
          placeholder={[t('indicators.submit.templateFrom'), t('indicators.submit.templateTo')]}
          onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
        />
        <Button icon={<DownloadOutlined />} href={href} data-testid="indicator-template">
          {t('indicators.submit.template')}
        </Button>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void upload(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy}>
            {t('indicators.submit.choose')}
          </Button>
        </Upload>
      </Space>
      <div aria-live="polite">
        <ValueErrorsAlert error={error} />
        {done && <SubmissionOutcome detail={done} />}
      </div>
    </Card>
  );
}
