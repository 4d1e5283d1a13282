import { useCallback, useEffect, useState } from 'react';
import type { FileView } from '../../../../schemas/files.ts';
import { api } from '../../api/client.ts';

export type FileViewState = {
  file: FileView | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Shows a newer view at once, e.g. the answer of an action. */
  setFile: (file: FileView) => void;
};

/** One file (GET /api/files/:id), replaceable by the answer of an action. */
export function useFileView(id: number | null): FileViewState {
  const [file, setFile] = useState<FileView | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(id !== null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (id === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    api
      .get<FileView>(`/api/files/${id}`, undefined, controller.signal)
      .then((result) => {
        setFile(result);
        setLoading(false);
      })
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause);
        setLoading(false);
      });
    return () => controller.abort();
  }, [id, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { file: file?.id === id ? file : undefined, error, loading, reload, setFile };
}
