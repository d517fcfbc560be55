import i18n from '@/lib/i18n';
import { periodText, runOutcomeText } from './retention-text';

describe('retention texts', () => {
  it('words the periods of the rules', () => {
    expect(periodText('P3Y', i18n.t)).toBe('3 Jahre');
    expect(periodText('P1Y6M', i18n.t)).toBe('1 Jahr, 6 Monate');
    expect(periodText('PT24H', i18n.t)).toBe('24 Stunden');
    expect(periodText('P2W', i18n.t)).toBe('P2W');
  });

  it('words the outcome a run recorded, and keeps one it does not know', () => {
    expect(runOutcomeText('3 mentees anonymised, 12 idempotency answers purged', i18n.t)).toBe(
      'Lauf beendet: 3 Personen anonymisiert, 12 Idempotenz-Antworten gelöscht.',
    );
    expect(
      runOutcomeText(
        "3 mentees anonymised, 12 idempotency answers purged, 2 employers' enquiries deleted",
        i18n.t,
      ),
    ).toBe(
      'Lauf beendet: 3 Personen anonymisiert, 2 Anfragen von Arbeitgebern und 12 Idempotenz-Antworten gelöscht.',
    );
    expect(runOutcomeText(null, i18n.t)).toBe('nicht abgeschlossen');
    expect(runOutcomeText('failed', i18n.t)).toBe('failed');
  });
});
