import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PublicSelect } from '@/components/ui/public-fields';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { districtNames, useDistricts } from '@/lib/districts';
import { useProjects } from '../api/get-projects';
import { ProjectCard } from './project-card';

/** The public directory: every project with its contact data, filtered by district (kept in the URL). */
export function ProjectDirectory() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const district = params.get('district') ?? undefined;
  const districts = useDistricts();
  const projects = useProjects(district);
  const names = districtNames(districts.data);

  return (
    <Stack gap="md">
      <Title order={2}>{t('projects.heading')}</Title>
      {projects.data && <Text>{t('projects.intro', { count: projects.data.length })}</Text>}
      <PublicSelect
        label={t('projects.districtFilter')}
        placeholder={t('projects.allDistricts')}
        w={360}
        value={district ?? undefined}
        onChange={(value) => setParams(value ? { district: value } : {})}
        data={(districts.data ?? []).map((d) => ({ value: d.ags, label: d.name }))}
      />
      {projects.isPending && <Loading />}
      {projects.isError && <ErrorMessage error={projects.error} onRetry={() => void projects.refetch()} />}
      {projects.data && projects.data.length === 0 && <Text>{t('projects.none')}</Text>}
      {projects.data && (
        <div className="amm-grid amm-grid-3">
          {projects.data.map((project) => (
            <ProjectCard key={project.id} project={project} districts={names} />
          ))}
        </div>
      )}
    </Stack>
  );
}
