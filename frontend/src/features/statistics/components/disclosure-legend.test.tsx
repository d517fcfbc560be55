import { screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { DISCLOSURE } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { DisclosureLegend } from './disclosure-legend';

const legend = (name = 'Legende zu den geschützten Zahlen') => screen.queryByRole('list', { name });

describe('the legend of protected figures', () => {
  it('explains "<5" and the rounding when the answer says its figures were protected', () => {
    renderWithProviders(<DisclosureLegend answer={{ withheld: true, disclosure: DISCLOSURE }} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(legend()).toBeInTheDocument();
    expect(items).toEqual([
      '<5 = weniger als 5, aus Datenschutzgründen nicht ausgewiesen',
      'Werte auf Vielfache von 5 gerundet (Zellschlüsselverfahren); Summen können von der Summe der Zeilen abweichen',
      'Anteile aus den gerundeten Werten berechnet; Arbeitgeber exakt gezählt',
    ]);
  });

  it('speaks English in English', async () => {
    await changeLanguage('en');
    renderWithProviders(<DisclosureLegend answer={{ withheld: true, disclosure: DISCLOSURE }} />);
    expect(legend('Key to the protected figures')).toHaveTextContent('<5 = fewer than 5, withheld');
    expect(legend('Key to the protected figures')).toHaveTextContent(
      'Figures rounded to multiples of 5 (cell-key method), so totals may differ from the sum of rows',
    );
  });

  it('takes the marker, the rounding base and the method from the answer', () => {
    renderWithProviders(
      <DisclosureLegend
        answer={{
          withheld: true,
          disclosure: { ...DISCLOSURE, roundingBase: 10, smallCount: '<10', method: 'somethingNew' },
        }}
      />,
    );
    expect(legend()).toHaveTextContent('<10 = weniger als 10, aus Datenschutzgründen nicht ausgewiesen');
    expect(legend()).toHaveTextContent('Werte auf Vielfache von 10 gerundet (somethingNew)');
  });

  it('names a marker of another form as it is', () => {
    renderWithProviders(
      <DisclosureLegend answer={{ withheld: true, disclosure: { ...DISCLOSURE, smallCount: 'x' } }} />,
    );
    expect(legend()).toHaveTextContent('x = kleine Zahl, aus Datenschutzgründen nicht ausgewiesen');
  });

  it('shows nothing beside exact figures', () => {
    renderWithProviders(<DisclosureLegend answer={{ withheld: false, disclosure: null }} />);
    expect(legend()).not.toBeInTheDocument();
    expect(screen.queryByText(/Zahlen|gerundet/)).not.toBeInTheDocument();
  });

  it('or, where asked to, says that they are exact', () => {
    renderWithProviders(<DisclosureLegend answer={{ withheld: false, disclosure: null }} exactNote />);
    expect(legend()).not.toBeInTheDocument();
    expect(screen.getByText('Exakte Zahlen: nicht gerundet, nichts zurückgehalten.')).toBeInTheDocument();
  });

  it('explains protected figures even when an answer marked as withheld lacks its note', () => {
    renderWithProviders(<DisclosureLegend answer={{ withheld: true, disclosure: null }} exactNote />);
    expect(legend()).toHaveTextContent('<5 = weniger als 5');
    expect(screen.queryByText(/Exakte Zahlen/)).not.toBeInTheDocument();
  });
});
