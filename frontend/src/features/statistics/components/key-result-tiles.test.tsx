import { screen, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { keyResults } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { KeyResultTiles } from './key-result-tiles';

const tile = (name: string) => screen.getByRole('article', { name });

describe('key result tiles', () => {
  it('show the four key results with their share of women, in German', () => {
    renderWithProviders(<KeyResultTiles results={keyResults()} />);
    expect(within(tile('Betreute Teilnehmende')).getByText('4.794')).toBeInTheDocument();
    expect(within(tile('Betreute Teilnehmende')).getByText('davon 35 % Frauen')).toBeInTheDocument();
    expect(within(tile('Betreute Arbeitgeber')).getByText('1.997')).toBeInTheDocument();
    expect(within(tile('In Arbeit oder Ausbildung vermittelt')).getByText('2.672')).toBeInTheDocument();
    expect(
      within(tile('In Arbeit oder Ausbildung vermittelt')).getByText('davon 30 % Frauen'),
    ).toBeInTheDocument();
    expect(within(tile('Nachhaltig integriert')).getByText('1.920')).toBeInTheDocument();
    expect(within(tile('Nachhaltig integriert')).getByText('davon 24 % Frauen')).toBeInTheDocument();
    expect(screen.getByText('14')).toBeInTheDocument();
    expect(screen.getByText('76')).toBeInTheDocument();
    expect(screen.queryByText(/Zahlen von 1 bis 4/)).not.toBeInTheDocument();
  });

  it('write numbers the English way in English', async () => {
    await changeLanguage('en');
    renderWithProviders(<KeyResultTiles results={keyResults()} />);
    expect(within(tile('Mentees supported')).getByText('4,794')).toBeInTheDocument();
    expect(within(tile('Mentees supported')).getByText('35% of them women')).toBeInTheDocument();
  });

  it('show a withheld count as "<5" and say why the share is missing', () => {
    const results = keyResults({
      withheld: true,
      menteesPlaced: { total: 9, female: '<5', femaleShare: null },
      menteesSustainablyIntegrated: { total: '<5', female: '<5', femaleShare: null },
      menteesSupported: { total: 0, female: 0, femaleShare: null },
    });
    renderWithProviders(<KeyResultTiles results={results} />);
    const integrated = tile('Nachhaltig integriert');
    expect(within(integrated).getByText('<5')).toHaveAttribute('title', 'weniger als 5');
    expect(within(integrated).getByText('weniger als 5')).toBeInTheDocument();
    expect(within(integrated).getByText('Frauenanteil nicht ausgewiesen (<5)')).toBeInTheDocument();
    expect(within(tile('In Arbeit oder Ausbildung vermittelt')).getByText('9')).toBeInTheDocument();
    expect(
      within(tile('In Arbeit oder Ausbildung vermittelt')).getByText('Frauenanteil nicht ausgewiesen (<5)'),
    ).toBeInTheDocument();
    expect(within(tile('Betreute Teilnehmende')).getByText('Frauenanteil: –')).toBeInTheDocument();
    expect(screen.getByText(/Zahlen von 1 bis 4 als „<5“ ausgewiesen/)).toBeInTheDocument();
  });
});
