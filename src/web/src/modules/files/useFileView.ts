import { useState } from 'react';
import type { FileView } from '../../../../schemas/files.ts';
import { useApi } from '../../api/useApi.ts';

export type FileViewState = {
  file: FileView | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Shows a newer view at once, e.g. the answer of an action. */
  setFile: (file: FileView) => void;
};

/** One file (GET /api/files/:id), replaceable by the answer of an action until a newer load arrives. */
export function useFileView(id: number | null): FileViewState {
  const { data, error, loading, reload } = useApi<FileView>(id === null ? null : `/api/files/${id}`);
  const [answered, setFile] = useState<FileView | undefined>(undefined);
  const loaded = data?.id === id ? data : undefined;
  const newer = answered?.id === id && (!loaded || answered.version >= loaded.version) ? answered : undefined;
  return { file: newer ?? loaded, error, loading, reload, setFile };
}
