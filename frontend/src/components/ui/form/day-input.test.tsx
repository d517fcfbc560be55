import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { addMonths } from '@/lib/clock';
import { changeLanguage } from '@/lib/i18n';
import { TEST_TODAY } from '@/testing/test-clock';
import { renderWithProviders } from '@/testing/test-utils';
import { DayInput, parseTypedDay, type DayInputProps } from './day-input';

/** A day as the input shows it: German 29.11.2026, English 29/11/2026 (day first in both). */
function shown(day: string, separator: '.' | '/') {
  const [year, month, dayOfMonth] = day.split('-');
  return [dayOfMonth, month, year].join(separator);
}

function Day(props: Partial<DayInputProps> & { initial?: string }) {
  const { initial = '', ...rest } = props;
  const [value, setValue] = useState(initial);
  return (
    <>
      <DayInput label="Tag" {...rest} value={value} onChange={setValue} />
      <output aria-label="Wert">{value}</output>
    </>
  );
}

describe('typing a day', () => {
  it.each([
    ['29.11.2026', '2026-11-29'],
    ['1.3.2027', '2027-03-01'],
    ['29/11/2026', '2026-11-29'],
    ['2026-11-29', '2026-11-29'],
    [' 29.02.2028 ', '2028-02-29'],
    ['29.02.2027', null],
    ['31.04.2026', null],
    ['12.04.199', null],
    ['13/13/2026', null],
    ['', null],
  ])('takes %j for %s', (text, day) => {
    expect(parseTypedDay(text)).toBe(day);
  });
});

describe('the day input', () => {
  it('shows and takes days as German users write them, and as English users do', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Day initial={TEST_TODAY} />);
    const input = screen.getByRole('textbox', { name: 'Tag' });
    expect(input).toHaveValue(shown(TEST_TODAY, '.'));
    expect(input).toHaveAttribute('placeholder', 'TT.MM.JJJJ');

    await user.clear(input);
    await user.type(input, '12.04.1993');
    expect(screen.getByRole('status', { name: 'Wert' })).toHaveTextContent('1993-04-12');

    await changeLanguage('en');
    await user.tab();
    expect(await screen.findByDisplayValue('12/04/1993')).toBe(input);
    await user.clear(input);
    await user.type(input, '01/02/2003');
    expect(screen.getByRole('status', { name: 'Wert' })).toHaveTextContent('2003-02-01');
  });

  it('takes today but no later day where the future is not allowed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Day notAfterToday clearable />);
    const input = screen.getByRole('textbox', { name: 'Tag' });
    await user.type(input, shown(addMonths(TEST_TODAY, 1), '.'));
    expect(screen.getByRole('status', { name: 'Wert' })).toHaveTextContent('');
    await user.clear(input);
    await user.type(input, shown(TEST_TODAY, '.'));
    expect(screen.getByRole('status', { name: 'Wert' })).toHaveTextContent(TEST_TODAY);
  });
});
