import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onApi, requests } from '@/testing/mock-api';
import { TEST_TODAY } from '@/testing/test-clock';
import { renderWithProviders } from '@/testing/test-utils';
import { IssueReportForm } from './issue-report-form';

// Berlin's day the tests run at, and the quarter of it that is the last one over.
const year = Number(TEST_TODAY.slice(0, 4));
const quarterOfToday = Math.ceil(Number(TEST_TODAY.slice(5, 7)) / 3);
const lastOver =
  quarterOfToday === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarterOfToday - 1 };

describe('issuing a quarterly report', () => {
  it('offers the last quarter that is over in Berlin, and this year as the latest', async () => {
    onApi('POST /api/v1/statistics/reports', async (request) => {
      const body = (await request.json()) as { year: number; quarter: number };
      return {
        status: 201,
        body: { summary: { id: 'r1', ...body, version: 1 }, content: {} },
      };
    });
    const issued = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<IssueReportForm onIssued={issued} />);
    expect(screen.getByRole('combobox', { name: /^Jahr/ })).toHaveValue(String(lastOver.year));
    expect(screen.getByRole('combobox', { name: /^Quartal/ })).toHaveValue(`${lastOver.quarter}. Quartal`);
    await user.click(screen.getByRole('combobox', { name: /^Jahr/ }));
    const years = await screen.findAllByRole('option');
    expect(years[0]).toHaveTextContent(String(year));

    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Bericht ausstellen' }));
    await waitFor(() => expect(issued).toHaveBeenCalled());
    expect(await requests.find((r) => r.method === 'POST')!.json()).toEqual(lastOver);
  });

  it('refuses the quarter that is not over yet, before asking the server', async () => {
    const user = userEvent.setup();
    renderWithProviders(<IssueReportForm onIssued={() => undefined} />);
    await user.click(screen.getByRole('combobox', { name: /^Jahr/ }));
    await user.click(await screen.findByRole('option', { name: String(year) }));
    await user.click(screen.getByRole('combobox', { name: /^Quartal/ }));
    await user.click(await screen.findByRole('option', { name: `${quarterOfToday}. Quartal` }));
    await user.click(screen.getByRole('button', { name: 'Bericht ausstellen' }));
    expect(await screen.findByText('Dieses Quartal ist noch nicht abgeschlossen.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Quartal/ })).toHaveFocus();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});
