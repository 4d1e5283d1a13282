import { Alert, Button } from 'antd';
import { errorText } from '../api/errorText.ts';
import { ApiError } from '../api/client.ts';
import { useLocale, useT } from '../i18n/useT.ts';

export type ErrorAlertProps = {
  error: unknown;
  /** Shown above the error text, e.g. what was being done. */
  title?: string;
  onRetry?: () => void;
};

/** An API or network error in the current language, announced to screen readers. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const t = useT();
  const { locale } = useLocale();
  if (error === undefined || error === null) return null;
  const text = errorText(error, locale, t);
  const code = error instanceof ApiError ? error.code : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? text}
      description={title ? text : code ? t('common.error.code', { code }) : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.action.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
