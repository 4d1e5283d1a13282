import { useCallback } from 'react';
import type { FileTypeView } from '../../../../schemas/files.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';

export type FileTypesState = {
  items: FileTypeView[];
  loading: boolean;
  error: unknown;
  reload: () => void;
  /** The name of a type code in the current language (the code itself until the list has loaded). */
  typeName: (code: string) => string;
};

/** The procedures zimao handles (GET /api/file-types), with their statutory limits. */
export function useFileTypes(): FileTypesState {
  const name = useLocalName();
  const { data, loading, error, reload } = useApi<{ items: FileTypeView[] }>('/api/file-types');
  const items = data?.items ?? [];
  const typeName = useCallback(
    (code: string) => {
      const type = items.find((i) => i.code === code);
      return type ? name(type.nameZh, type.nameEn) : code;
    },
    [items, name],
  );
  return { items, loading, error, reload, typeName };
}
