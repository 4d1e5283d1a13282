import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router-dom';
import { useAuth } from '../auth/useAuth.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useT } from '../i18n/useT.ts';

type LoginForm = { username: string; password: string };

function returnPath(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

/** Sign-in form; on success goes back to where the visitor came from. */
export function LoginPage() {
  const t = useT();
  const { user, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const target = returnPath(location.state);

  if (user && !busy) return <Navigate to={target} replace />;

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(undefined);
    try {
      await login(values.username.trim(), values.password);
      navigate(target, { replace: true });
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: 420, margin: '0 auto' }}>
      <PageHeading title={t('login.page.title')} description={t('login.page.intro')} />
      {location.state && (location.state as { from?: unknown }).from ? (
        <Alert type="info" showIcon title={t('login.page.needed')} style={{ marginBottom: 16 }} />
      ) : null}
      <ErrorAlert error={error} title={t('login.page.failed')} />
      <Card>
        <Form<LoginForm> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item
            label={t('login.form.username')}
            name="username"
            rules={[{ required: true, message: t('login.form.usernameRequired') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('login.form.password')}
            name="password"
            rules={[{ required: true, message: t('login.form.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.form.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
