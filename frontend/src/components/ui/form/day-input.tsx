import '@mantine/dates/styles.css';
import { DateInput, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/de';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daysInMonth, today } from '@/lib/clock';

/** How a day is shown and typed in each UI language (29.11.2026 / 29/11/2026). */
const DAY_FORMATS = { de: 'DD.MM.YYYY', en: 'DD/MM/YYYY' } as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** A day of the calendar as a screen reader says it: "Sonntag, 29. November 2026". */
function spokenDay(day: string, language: 'de' | 'en'): string {
  return new Date(`${day.slice(0, 10)}T12:00:00Z`).toLocaleDateString(language === 'en' ? 'en-GB' : 'de-DE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The day a user typed, as YYYY-MM-DD, or null while it is no day (yet): day, month and four-digit year with
 * dots, slashes or dashes between them (29.11.2026, 29/11/2026, 1.3.2027), or the ISO form (2026-11-29).
 * Which order is meant does not depend on the browser: always day before month, as in German and British use.
 */
export function parseTypedDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : [NaN, NaN, NaN];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export type DayInputProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'locale' | 'maxDate'
> & {
  /** The day as YYYY-MM-DD, '' for none. */
  value: string;
  onChange: (day: string) => void;
  /** The latest day to accept (YYYY-MM-DD). */
  maxDate?: string;
  /** No day after today (the programme's today, in Berlin). */
  notAfterToday?: boolean;
};

/** Set on a day input while a form focuses it to show its error: then its calendar stays closed. */
export const QUIET_FOCUS = 'data-quiet-focus';

/**
 * A day, typed or picked from a calendar, in the UI's language (not the browser's): German users type
 * 29.11.2026, English ones 29/11/2026; the calendar speaks the same language and starts on Monday. When a form
 * brings the input to its error, the calendar does not cover the field until the user clicks or types.
 */
export function DayInput({
  value,
  onChange,
  maxDate,
  notAfterToday,
  clearable,
  popoverProps,
  onFocus,
  onBlur,
  onClick,
  onKeyDown,
  ...props
}: DayInputProps) {
  const { t, i18n } = useTranslation();
  const [quiet, setQuiet] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'de';
  const latest = notAfterToday ? today() : maxDate;
  return (
    <DateInput
      placeholder={t('form.datePlaceholder')}
      firstDayOfWeek={1}
      clearable={clearable}
      allowDeselect={clearable}
      {...props}
      popoverProps={{
        ...popoverProps,
        disabled: quiet || props.readOnly || props.disabled || popoverProps?.disabled,
      }}
      onFocus={(event) => {
        setQuiet(event.currentTarget.hasAttribute(QUIET_FOCUS));
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setQuiet(false);
        onBlur?.(event);
      }}
      onClick={(event) => {
        setQuiet(false);
        onClick?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Tab' && event.key !== 'Shift') setQuiet(false);
        onKeyDown?.(event);
      }}
      locale={language}
      getDayAriaLabel={(day) => spokenDay(day, language)}
      valueFormat={DAY_FORMATS[language]}
      dateParser={parseTypedDay}
      maxDate={latest}
      defaultDate={value || latest || today()}
      value={value || null}
      onChange={(day) => onChange(day ?? '')}
    />
  );
}
