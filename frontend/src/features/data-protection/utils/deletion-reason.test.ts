import { ApiError } from '@/lib/api-client';
import { deletionReasonOf } from './deletion-reason';

const refusal = (detail?: string) =>
  new ApiError(409, {
    type: 'https://amm-casedesk.example/problems/deletion-not-allowed',
    title: 'x',
    status: 409,
    detail,
  });

describe('why a deletion is refused', () => {
  it('recognises each reason the server gives', () => {
    expect(
      deletionReasonOf(
        refusal('A mentee is deleted as entered by mistake only within 14 days of registration'),
      ),
    ).toEqual({ key: 'window', days: 14 });
    expect(
      deletionReasonOf(refusal('Another project has records of this mentee; anonymise them instead')),
    ).toEqual({
      key: 'otherProject',
    });
    expect(
      deletionReasonOf(refusal('A statistics report issued since the registration may count this mentee')),
    ).toEqual({ key: 'report' });
  });

  it('names the rules in general for a reason it does not know', () => {
    expect(deletionReasonOf(refusal('something new'))).toEqual({ key: 'unknown' });
    expect(deletionReasonOf(refusal())).toEqual({ key: 'unknown' });
    expect(deletionReasonOf(new Error('network'))).toEqual({ key: 'unknown' });
  });
});
