import { Badge, Button, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '@/lib/code-lists';
import { formatDate } from '@/lib/format';
import type { Timeline as TimelineData } from '../api/get-timeline';
import type { FollowUp } from '../api/save-follow-up';
import type { Activity } from '../api/save-activity';
import type { Case } from '../api/save-case';
import type { Placement } from '../api/save-placement';
import type { Referral } from '../api/save-referral';

export type TimelineAction =
  | { kind: 'case'; record: Case }
  | { kind: 'activity'; record: Activity }
  | { kind: 'placement'; record: Placement }
  | { kind: 'followUp'; record: FollowUp }
  | { kind: 'referral'; record: Referral };

type Item = { date: string; order: number; key: string; node: React.ReactNode };

const OUTCOME_COLOURS: Record<Referral['outcome'], string> = {
  waiting: 'gray',
  accepted: 'blue',
  completed: 'green',
  declined: 'red',
};

/** Cases, activities, placements, follow-ups and referrals of a mentee, newest first. */
export function MenteeTimeline({
  data,
  canEdit,
  onAction,
}: {
  data: TimelineData;
  canEdit: boolean;
  onAction: (action: TimelineAction) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = useCodeLabel();
  const date = (value: string | null | undefined) => formatDate(value, i18n.language);
  const edit = (action: TimelineAction, text = t('common.edit')) =>
    canEdit && (
      <Button size="compact-xs" variant="subtle" onClick={() => onAction(action)}>
        {text}
      </Button>
    );
  const items: Item[] = [];

  for (const c of data.cases) {
    items.push({
      date: c.startedOn,
      order: 1,
      key: `case-${c.id}`,
      node: (
        <Timeline.Item key={`case-${c.id}`} title={t('timeline.caseOpened')} color="blue">
          <Text size="sm">
            {date(c.startedOn)} · {t('timeline.leadMentor', { name: c.leadMentor.name })}
          </Text>
          {edit({ kind: 'case', record: c })}
        </Timeline.Item>
      ),
    });
    if (c.endedOn) {
      items.push({
        date: c.endedOn,
        order: 5,
        key: `case-end-${c.id}`,
        node: (
          <Timeline.Item key={`case-end-${c.id}`} title={t('timeline.caseClosed')} color="gray">
            <Text size="sm">
              {date(c.endedOn)} · {label('closingReason', c.closingReason)}
            </Text>
          </Timeline.Item>
        ),
      });
    }
  }
  for (const a of data.activities) {
    items.push({
      date: a.occurredOn,
      order: 3,
      key: `activity-${a.id}`,
      node: (
        <Timeline.Item
          key={`activity-${a.id}`}
          title={`${t('timeline.activity')}: ${label('channel', a.channel)}`}
          color="teal"
        >
          <Text size="sm">
            {date(a.occurredOn)} · {t('timeline.minutes', { count: a.durationMinutes })}
            {a.mentor?.name ? ` · ${a.mentor.name}` : ''}
            {a.employer ? ` · ${a.employer.name}` : ''}
            {a.authority ? ` · ${a.authority}` : ''}
          </Text>
          {a.topics.length > 0 && (
            <Text size="sm" c="dimmed">
              {a.topics.map((topic) => label('topic', topic)).join(', ')}
            </Text>
          )}
          {a.note && <Text size="sm">{a.note}</Text>}
          <Group gap={4}>
            {a.outsideCaseSpan && (
              <Badge color="orange" variant="light">
                {t('timeline.outsideCase')}
              </Badge>
            )}
            {edit({ kind: 'activity', record: a })}
          </Group>
        </Timeline.Item>
      ),
    });
  }
  for (const p of data.placements) {
    items.push({
      date: p.startedOn,
      order: 2,
      key: `placement-${p.id}`,
      node: (
        <Timeline.Item
          key={`placement-${p.id}`}
          title={`${t('timeline.placement')}: ${label('placementType', p.type)}`}
          color="green"
        >
          <Text size="sm">
            {date(p.startedOn)}
            {p.endedOn ? ` – ${date(p.endedOn)} (${label('placementEndReason', p.endReason)})` : ''}
            {p.employer ? ` · ${p.employer.name}` : ''}
            {p.occupation ? ` · ${p.occupation}` : ''}
            {p.weeklyHours ? ` · ${t('timeline.hours', { count: p.weeklyHours })}` : ''}
          </Text>
          <Group gap={4}>
            {!p.counting && (
              <Badge variant="light" color="gray">
                {t('timeline.notCounting')}
              </Badge>
            )}
            {p.outsideCaseSpan && (
              <Badge color="orange" variant="light">
                {t('timeline.outsideCase')}
              </Badge>
            )}
            {edit({ kind: 'placement', record: p })}
          </Group>
        </Timeline.Item>
      ),
    });
    for (const f of p.followUps) {
      items.push({
        date: f.checkedOn ?? f.dueOn,
        order: 4,
        key: `follow-up-${f.id}`,
        node: (
          <Timeline.Item
            key={`follow-up-${f.id}`}
            title={t('timeline.followUp', { months: f.months })}
            color={f.result ? 'grape' : f.overdue ? 'red' : 'yellow'}
          >
            <Text size="sm">
              {f.result
                ? `${date(f.checkedOn)} · ${label('followUpResult', f.result)}`
                : `${t('timeline.due', { date: date(f.dueOn) })}`}
            </Text>
            {f.note && <Text size="sm">{f.note}</Text>}
            <Group gap={4}>
              {f.overdue && <Badge color="red">{t('timeline.overdue')}</Badge>}
              {edit(
                { kind: 'followUp', record: f },
                f.result ? t('common.edit') : t('timeline.recordResult'),
              )}
            </Group>
          </Timeline.Item>
        ),
      });
    }
  }
  for (const r of data.referrals) {
    items.push({
      date: r.referredOn,
      order: 3,
      key: `referral-${r.id}`,
      node: (
        <Timeline.Item
          key={`referral-${r.id}`}
          title={`${t('timeline.referral')}: ${r.provider}`}
          color="indigo"
        >
          <Group gap="xs">
            <Text size="sm">
              {date(r.referredOn)} · {r.topic}
            </Text>
            <Badge size="sm" variant="light" color={OUTCOME_COLOURS[r.outcome]}>
              {t(`records.outcomes.${r.outcome}`)}
            </Badge>
          </Group>
          {r.note && <Text size="sm">{r.note}</Text>}
          {edit({ kind: 'referral', record: r })}
        </Timeline.Item>
      ),
    });
  }
  items.sort((x, y) => (x.date === y.date ? y.order - x.order : x.date < y.date ? 1 : -1));

  if (items.length === 0) return <Text>{t('timeline.empty')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label={t('timeline.heading')}>
      {items.map((item) => item.node)}
    </Timeline>
  );
}
