import { useEffect, useState } from 'react';
import type { LicenceView, VerifyLicenceResponse } from '../../../../schemas/licences.ts';
import { api } from '../../api/client.ts';

export type LicenceCheck = { licence: LicenceView | undefined; result: VerifyLicenceResponse | undefined; error: unknown; loading: boolean };

/**
 * The page a licence's QR code opens: fetches that version's signed document, then has it verified like any pasted
 * licence, so the page shows the same answer a third party would get (signature, current or superseded, status).
 */
export function useLicenceCheck(uscc: string | null, version: number | null): LicenceCheck {
  const [state, setState] = useState<LicenceCheck>({ licence: undefined, result: undefined, error: undefined, loading: uscc !== null });
  useEffect(() => {
    if (uscc === null || version === null) {
      setState({ licence: undefined, result: undefined, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setState({ licence: undefined, result: undefined, error: undefined, loading: true });
    (async () => {
      const licence = await api.get<LicenceView>(`/api/licences/${encodeURIComponent(uscc)}/versions/${version}`, undefined, controller.signal);
      const result = await api.post<VerifyLicenceResponse>('/api/licences/verify', { document: licence.document, signature: licence.signature });
      if (!controller.signal.aborted) setState({ licence, result, error: undefined, loading: false });
    })().catch((cause: unknown) => {
      if (!controller.signal.aborted) setState({ licence: undefined, result: undefined, error: cause, loading: false });
    });
    return () => controller.abort();
  }, [uscc, version]);
  return state;
}
