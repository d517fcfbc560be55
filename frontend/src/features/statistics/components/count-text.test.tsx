import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { changeLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import { CountText, ShareText } from './count-text';

/** What a table cell with the figure shows. */
const cell = (figure: ReactNode) => {
  renderWithProviders(
    <table>
      <tbody>
        <tr>
          <td>{figure}</td>
        </tr>
      </tbody>
    </table>,
  );
  return screen.getByRole('cell');
};

describe('counts and shares', () => {
  it('write a number in the UI language', async () => {
    expect(cell(<CountText count={4794} />)).toHaveTextContent(/^4\.794$/);
  });

  it('write a number the English way in English', async () => {
    await changeLanguage('en');
    expect(cell(<CountText count={4794} />)).toHaveTextContent(/^4,794$/);
  });

  it('show a withheld count as "<5", set apart from the numbers and explained, never as 0 or empty', () => {
    expect(cell(<CountText count="<5" />)).toHaveTextContent(/^<5$/);
    const marker = screen.getByText('<5');
    expect(marker.tagName).toBe('ABBR');
    expect(marker).toHaveAttribute('title', 'weniger als 5');
    expect(marker).toHaveStyle({ fontStyle: 'italic' });
  });

  it('show a real zero as 0 and a figure that does not apply as a dash', () => {
    expect(cell(<CountText count={0} />)).toHaveTextContent(/^0$/);
  });

  it('show a figure that does not apply as a dash', () => {
    expect(cell(<CountText count={null} />)).toHaveTextContent(/^–$/);
  });

  it('write a share as a percentage', () => {
    expect(cell(<ShareText share={0.35} counts={[4794, 1678]} />)).toHaveTextContent(/^35 %$/);
  });

  it('say why a share is missing when a count it comes from is withheld', () => {
    expect(cell(<ShareText share={null} counts={[120, '<5']} />)).toHaveTextContent(/^–$/);
    expect(screen.getByTitle('nicht ausgewiesen, weil eine der Zahlen unter 5 liegt')).toBeInTheDocument();
  });

  it('leave a share of nobody a plain dash', () => {
    expect(cell(<ShareText share={null} counts={[0, 0]} />)).toHaveTextContent(/^–$/);
    expect(screen.queryByTitle(/nicht ausgewiesen/)).not.toBeInTheDocument();
  });
});
