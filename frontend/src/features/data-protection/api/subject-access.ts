import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/download';

export const SUBJECT_ACCESS_FORMATS = { pdf: 'application/pdf', json: 'application/json' } as const;
export type SubjectAccessFormat = keyof typeof SUBJECT_ACCESS_FORMATS;

/**
 * Downloads the answer to an access request (Art. 15): everything held about the mentee, as a German PDF or as
 * JSON. Producing it is audited as an export.
 */
export const useDownloadSubjectAccess = (menteeId: string) =>
  useMutation({
    mutationFn: async (format: SubjectAccessFormat) => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/mentees/{id}/subject-access', {
          params: { path: { id: menteeId } },
          headers: { Accept: SUBJECT_ACCESS_FORMATS[format] },
          parseAs: 'blob',
        }),
      );
      saveFile(data, response, `auskunft-${menteeId}.${format}`);
    },
  });
