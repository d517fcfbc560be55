import { screen, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { DISCLOSURE, keyResults } from '@/testing/fixtures';
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
    expect(screen.queryByRole('list', { name: 'Legende zu den geschützten Zahlen' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Exakte Zahlen/)).not.toBeInTheDocument();
  });

  it('say that exact figures are exact, where asked to', () => {
    renderWithProviders(<KeyResultTiles results={keyResults()} exactNote />);
    expect(screen.getByText('Exakte Zahlen: nicht gerundet, nichts zurückgehalten.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Legende zu den geschützten Zahlen' })).not.toBeInTheDocument();
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
      disclosure: DISCLOSURE,
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
    const legend = screen.getByRole('list', { name: 'Legende zu den geschützten Zahlen' });
    expect(legend).toHaveTextContent('<5 = weniger als 5, aus Datenschutzgründen nicht ausgewiesen');
    expect(legend).toHaveTextContent(
      'Werte auf Vielfache von 5 gerundet (Zellschlüsselverfahren); Summen können von der Summe der Zeilen abweichen',
    );
    expect(screen.queryByText(/Exakte Zahlen/)).not.toBeInTheDocument();
  });

  it('show the employers exactly even when the other figures are protected', () => {
    renderWithProviders(
      <KeyResultTiles
        results={keyResults({ withheld: true, disclosure: DISCLOSURE, employersSupported: { total: 3 } })}
      />,
    );
    expect(within(tile('Betreute Arbeitgeber')).getByText('3')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Legende zu den geschützten Zahlen' })).toHaveTextContent(
      'Arbeitgeber exakt gezählt',
    );
  });
});
