import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../i18n/useT.ts';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('notFound.page.title')}</h1>}
      subTitle={t('notFound.page.body')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('nav.menu.home')}
        </Button>
      }
    />
  );
}
