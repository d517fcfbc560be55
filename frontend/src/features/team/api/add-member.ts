import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { TEAM_ROLES } from '@/lib/authorization';
import { text, type SaveRequest } from '@/lib/form';
import { getMembersQueryOptions } from '@/lib/members';

export type NewMember = components['schemas']['NewMember'];

/** The rules of the form that adds a person to a team. */
export const newMemberSchema = (t: TFunction) =>
  z.object({
    email: z
      .string()
      .trim()
      .min(1, t('validation.required'))
      .max(254, t('validation.tooLong', { max: 254 }))
      .refine((value) => z.email().safeParse(value).success, t('validation.email')),
    firstName: text(t, 100, { required: true }),
    lastName: text(t, 100, { required: true }),
    role: z.enum(TEAM_ROLES),
  });

export type NewMemberValues = z.infer<ReturnType<typeof newMemberSchema>>;

export const NEW_MEMBER: NewMemberValues = { email: '', firstName: '', lastName: '', role: 'mentor' };

/** Adds a person to the project's team, with a new staff account when they have none yet. */
export const useAddMember = (projectId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values }: SaveRequest<NewMemberValues>) =>
      (
        await unwrap(
          api.POST('/api/v1/projects/{projectId}/members', {
            params: { path: { projectId } },
            body: values,
          }),
        )
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getMembersQueryOptions(projectId).queryKey }),
  });
};
