import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/download';

/** The kinds of file a signed consent form may be, and its largest size (as the server takes them). */
export const FORM_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const FORM_MAX_BYTES = 5 * 1024 * 1024;

type FormType = (typeof FORM_TYPES)[number];

/** Why a file cannot be the signed form (a translation key), or undefined when it can. */
export function formFileProblem(file: File): string | undefined {
  if (!(FORM_TYPES as readonly string[]).includes(file.type)) return 'consent.form.wrongType';
  if (file.size > FORM_MAX_BYTES) return 'consent.form.tooLarge';
  return undefined;
}

/** Stores the signed form of a declaration (a second upload replaces the first). */
export const useUploadConsentForm = (menteeId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ declarationId, file }: { declarationId: string; file: File }) => {
      if (formFileProblem(file)) throw new ApiError(415);
      await unwrap(
        api.PUT('/api/v1/mentees/{id}/consents/{declarationId}/form', {
          params: { path: { id: menteeId, declarationId } },
          // the file as it is, under its own type
          body: file as unknown as never,
          bodySerializer: (body: unknown) => body as Blob,
          headers: { 'Content-Type': file.type as FormType },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consents', menteeId] }),
  });
};

/** Downloads the signed form of a declaration (the read is audited). */
export const useDownloadConsentForm = (menteeId: string) =>
  useMutation({
    mutationFn: async (declarationId: string) => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/mentees/{id}/consents/{declarationId}/form', {
          params: { path: { id: menteeId, declarationId } },
          headers: { Accept: FORM_TYPES.join(', ') },
          parseAs: 'blob',
        }),
      );
      const extension = { 'image/png': 'png', 'image/jpeg': 'jpg' }[data.type] ?? 'pdf';
      saveFile(data, response, `einwilligung-${declarationId}.${extension}`);
    },
  });
