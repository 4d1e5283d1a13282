import { DOCUMENT_MEDIA_TYPES, type DocumentMediaType } from './fileModel.ts';

const byExtension: Record<string, DocumentMediaType> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  ofd: 'application/ofd',
};

/** The accepted media type of a chosen file (browsers often give OFD no type), or undefined when it is not accepted. */
export function documentMediaType(file: File): DocumentMediaType | undefined {
  if ((DOCUMENT_MEDIA_TYPES as readonly string[]).includes(file.type)) return file.type as DocumentMediaType;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return byExtension[extension];
}

/** The file's bytes as base64 (without the data: URL prefix), read with a FileReader. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** A size in bytes for people: 830 B, 12.4 KB, 3.1 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
