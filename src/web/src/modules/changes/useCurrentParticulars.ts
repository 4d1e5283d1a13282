import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';

/** The one form as registered today, with the owner applicant: null for an enterprise registered before zimao. */
export type CurrentParticulars = { form: Record<string, unknown>; applicantId: number | null } | null;

export type CurrentParticularsState = { data: CurrentParticulars | undefined; loading: boolean; error: unknown };

/**
 * The enterprise's particulars in force, for the forms that start from them (change registration, the investors who
 * commit to summary deregistration): GET /api/enterprises/:uscc/particulars, which the server puts together from the
 * establishment and the registered changes. 404: registered before zimao, nothing on record.
 */
export async function loadCurrentParticulars(uscc: string, signal?: AbortSignal): Promise<CurrentParticulars> {
  try {
    const res = await api.get<{ form: Record<string, unknown>; applicantId: number | null }>(`/api/enterprises/${encodeURIComponent(uscc)}/particulars`, undefined, signal);
    return { form: res.form, applicantId: res.applicantId };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** loadCurrentParticulars as a hook; `enabled` false skips the requests (roles that may not read them). */
export function useCurrentParticulars(uscc: string, enabled: boolean, reloadKey = 0): CurrentParticularsState {
  const [state, setState] = useState<CurrentParticularsState>({ data: undefined, loading: enabled, error: undefined });
  useEffect(() => {
    if (!enabled) {
      setState({ data: undefined, loading: false, error: undefined });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    loadCurrentParticulars(uscc, controller.signal)
      .then((data) => setState({ data, loading: false, error: undefined }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ data: undefined, loading: false, error });
      });
    return () => controller.abort();
  }, [uscc, enabled, reloadKey]);
  return state;
}
