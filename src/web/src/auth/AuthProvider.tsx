import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionResponse, UserView } from '../../../schemas/auth.ts';
import { api, setCsrfToken } from '../api/client.ts';
import { isUnauthenticated } from '../api/errorText.ts';

export type AuthContextValue = {
  /** null: a public visitor. */
  user: UserView | null;
  /** True until /api/auth/me has answered once. */
  loading: boolean;
  login: (username: string, password: string) => Promise<UserView>;
  logout: () => Promise<void>;
};

export const AuthContext = createContext<AuthContextValue | null>(null);

export type AuthProviderProps = { children: ReactNode };

/** Who is signed in; keeps the CSRF token of the session in memory. */
export function AuthProvider({ children }: AuthProviderProps) {
  const [user, setUser] = useState<UserView | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    api
      .get<SessionResponse>('/api/auth/me')
      .then((session) => {
        if (cancelled) return;
        setCsrfToken(session.csrfToken);
        setUser(session.user);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!isUnauthenticated(error)) console.warn('zimao: could not read the session', error);
        setCsrfToken(null);
        setUser(null);
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const session = await api.post<SessionResponse>('/api/auth/login', { username, password });
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    return session.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, loading, login, logout }), [user, loading, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
