import { useParams } from 'react-router';
import { MenteePage } from '@/features/casework/components/mentee-page';
import { MenteeDataProtection } from '@/features/data-protection/components/mentee-data-protection';
import { OfficerMenteePage } from '@/features/data-protection/components/officer-mentee-page';

/** The mentee page, with their consent and the answers to their requests (data protection). */
export function MenteeRoute() {
  const { menteeId = '' } = useParams();
  return (
    <MenteePage
      key={menteeId}
      menteeId={menteeId}
      dataProtection={(mentee) => <MenteeDataProtection mentee={mentee} />}
    />
  );
}

/** A mentee as the data-protection officer handles their requests (by id, no case records). */
export function OfficerMenteeRoute() {
  const { menteeId = '' } = useParams();
  return <OfficerMenteePage key={menteeId} menteeId={menteeId} />;
}
