import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/form/date-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { CodeField, MultiSelectField, SelectField } from '@/components/ui/form/select-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { worksOnCasesIn } from '@/lib/authorization';
import { useMe } from '@/lib/me';
import { useMembers } from '@/lib/members';
import { caseFormValues, caseSchema, useSaveCase, type Case } from '../api/save-case';

/** Opens a case for the mentee, or changes / closes an existing one. */
export function CaseForm({
  menteeId,
  projectId,
  existing,
  closing,
  onDone,
  onCancel,
  onReload,
}: {
  menteeId: string;
  projectId: string;
  existing?: Case;
  closing?: boolean;
  onDone: () => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const ownProjects = (me.data?.projects ?? []).filter(worksOnCasesIn);
  const values = caseFormValues({ existing, closing, projectId, myPersonId: me.data?.personId });
  const record = useRecordForm({
    schema: caseSchema(t),
    defaultValues: values,
    // the caller leads a new case: their person id arrives with /me
    values,
    mutation: useSaveCase(menteeId, existing),
    onSaved: onDone,
    labels: { projectId: t('cases.project') },
  });
  const control = record.form.control;
  const project = useWatch({ control, name: 'projectId' });
  const mentors = (useMembers(project).data ?? [])
    .filter(worksOnCasesIn)
    .map((m) => ({ value: m.personId, label: m.name }));
  return (
    <RecordForm
      record={record}
      onCancel={onCancel}
      onReload={onReload}
      submitLabel={existing ? t('common.save') : t('cases.open')}
    >
      {!existing && ownProjects.length > 1 && (
        <SelectField
          control={control}
          name="projectId"
          label={t('cases.project')}
          allowDeselect={false}
          data={ownProjects.map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
      <SelectField
        control={control}
        name="leadMentorId"
        label={t('cases.leadMentor')}
        required
        searchable
        data={mentors}
      />
      <MultiSelectField control={control} name="assistantIds" label={t('cases.assistants')} data={mentors} />
      <DateField control={control} name="startedOn" label={t('cases.startedOn')} required notAfterToday />
      {(existing || closing) && (
        <>
          <DateField control={control} name="endedOn" label={t('cases.endedOn')} notAfterToday />
          <CodeField
            control={control}
            name="closingReason"
            label={t('cases.closingReason')}
            list="closingReason"
            clearable
          />
        </>
      )}
    </RecordForm>
  );
}
