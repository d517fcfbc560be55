import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import type { CodeLabelOf } from '@/lib/form';

export type CodeLists = components['schemas']['CodeLists'];
export type CodeListName = keyof CodeLists;

export const getCodeListsQueryOptions = () =>
  queryOptions({
    queryKey: ['code-lists'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/code-lists'))).data,
    staleTime: Infinity,
  });

export const useCodeLists = () => useQuery(getCodeListsQueryOptions());

/** Labels of one code list in the UI language, as Select options. */
export function useCodeOptions(list: CodeListName): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  const lists = useCodeLists().data;
  const language = i18n.language === 'en' ? 'en' : 'de';
  return (lists?.[list] ?? []).map((code) => ({ value: code.code, label: code.labels[language] }));
}

/** The label of a code in the UI language (the code itself while the lists load). */
export function useCodeLabel(): (list: CodeListName, code: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const lists = useCodeLists().data;
  const language = i18n.language === 'en' ? 'en' : 'de';
  return (list, code) => {
    if (!code) return '–';
    return lists?.[list]?.find((entry) => entry.code === code)?.labels[language] ?? code;
  };
}

/** The code list that the parameters of field errors take their codes from (`consent_missing`'s scope). */
const PARAM_LISTS: Readonly<Record<string, CodeListName>> = { scope: 'consentScope' };

/** Labels the codes in field errors' parameters (a consent scope) in the UI language, for fieldErrorText. */
export function useParamCodeLabel(): CodeLabelOf {
  const { i18n } = useTranslation();
  const lists = useCodeLists().data;
  const language = i18n.language === 'en' ? 'en' : 'de';
  return (param, code) => {
    const list = PARAM_LISTS[param];
    return list ? lists?.[list]?.find((entry) => entry.code === code)?.labels[language] : undefined;
  };
}
