import { Modal, Pagination } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import i18n from 'i18next';
import { renderWithProviders } from '@/testing/test-utils';

function Dialog() {
  return (
    <Modal opened onClose={() => undefined} title="Dialog">
      <Pagination total={3} withEdges />
    </Modal>
  );
}

describe('the buttons the component library draws', () => {
  it.each([
    ['de', 'Schließen', 'Nächste Seite'],
    ['ar', 'إغلاق', 'الصفحة التالية'],
    ['uk', 'Закрити', 'Наступна сторінка'],
    ['fa', 'بستن', 'صفحه بعدی'],
    ['ru', 'Закрыть', 'Следующая страница'],
  ])('are named in %s, the language shown', async (language, close, next) => {
    await act(() => i18n.changeLanguage(language));
    renderWithProviders(<Dialog />);

    expect(await screen.findByRole('button', { name: close })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: next })).toBeInTheDocument();
  });
});
