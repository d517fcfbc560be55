import { useParams } from 'react-router';
import { MenteePage } from '@/features/casework/components/mentee-page';

export function MenteeRoute() {
  const { menteeId = '' } = useParams();
  return <MenteePage key={menteeId} menteeId={menteeId} />;
}
