import { App as AntdApp } from 'antd';
import { BrowserRouter } from 'react-router-dom';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { AuthProvider } from './auth/AuthProvider.tsx';
import { GlobalStyles } from './components/GlobalStyles.tsx';
import { AppRoutes } from './routes.tsx';

/** The providers (language and antd locale, antd message/modal context, session, router) and the routes. */
export function App() {
  return (
    <I18nProvider>
      <AntdApp>
        <GlobalStyles />
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </AntdApp>
    </I18nProvider>
  );
}
