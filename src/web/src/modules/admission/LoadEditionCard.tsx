import { useState } from 'react';
import { Alert, Button, Card, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api, ApiError } from '../../api/client.ts';
import { errorText } from '../../api/errorText.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { loadEditionRequest } from './readEditionFile.ts';

type Loaded = { code: string; revision: number; measureCount: number };
type Failure = { file: string; error: unknown };

export type LoadEditionCardProps = { onLoaded: (loaded: Loaded) => void };

/** Load a new edition from a JSON file or a workbook: POST /api/negative-lists, with the answer or the error's field. */
export function LoadEditionCard({ onLoaded }: LoadEditionCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);

  const load = async (file: File) => {
    setBusy(true);
    setLoaded(undefined);
    setFailure(undefined);
    try {
      const answer = await api.post<Loaded>('/api/negative-lists', await loadEditionRequest(file, t));
      setLoaded(answer);
      onLoaded(answer);
    } catch (error) {
      setFailure({ file: file.name, error });
    } finally {
      setBusy(false);
    }
  };

  // The catalogued text with the field (e.g. edition.measures.3.industryCodes.0), then what the server said.
  const serverSaid = failure?.error instanceof ApiError && failure.error.message ? failure.error.message : undefined;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('negativeListsAdmin.load.heading')}</h2>} style={{ marginBottom: 24 }}>
      <Typography.Paragraph type="secondary">{t('negativeListsAdmin.load.help')}</Typography.Paragraph>
      <div data-testid="load-edition">
        <Upload
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void load(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy}>
            {t('negativeListsAdmin.load.choose')}
          </Button>
        </Upload>
      </div>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {loaded && (
          <Alert
            type="success"
            showIcon
            data-testid="load-result"
            title={t('negativeListsAdmin.load.done', { code: loaded.code, revision: loaded.revision, count: loaded.measureCount })}
          />
        )}
        {failure && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="load-error"
            title={t('negativeListsAdmin.load.failed', { file: failure.file })}
            description={
              <>
                <div>{errorText(failure.error, locale, t)}</div>
                {serverSaid && <div>{t('negativeListsAdmin.load.serverSaid', { message: serverSaid })}</div>}
                {failure.error instanceof ApiError && <div>{t('common.error.code', { code: `${failure.error.status} ${failure.error.code}` })}</div>}
              </>
            }
          />
        )}
      </div>
    </Card>
  );
}
