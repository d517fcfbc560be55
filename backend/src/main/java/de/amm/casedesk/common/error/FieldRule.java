package de.amm.casedesk.common.error;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The stable codes of field errors: what is wrong with one field, with the message in English and German.
 * Clients switch on {@link #code()} and show their own text; the message follows the request's
 * {@code Accept-Language} (German or English, English by default). A placeholder such as {@code {max}} is filled
 * from the error's parameters, which the API also returns, so that a client can word the message itself.
 */
public enum FieldRule {
    REQUIRED("required", "is required", "ist erforderlich"),
    TOO_LONG("too_long", "must be at most {max} characters long", "darf höchstens {max} Zeichen lang sein"),
    LENGTH("length", "must be {min} to {max} characters long", "muss {min} bis {max} Zeichen lang sein"),
    TOO_MANY("too_many", "must have at most {max} entries", "darf höchstens {max} Einträge haben"),
    COUNT("count", "must have {min} to {max} entries", "muss {min} bis {max} Einträge haben"),
    TOO_SMALL("too_small", "must be at least {min}", "muss mindestens {min} sein"),
    NOT_GREATER("not_greater", "must be greater than {min}", "muss größer als {min} sein"),
    TOO_LARGE("too_large", "must be at most {max}", "darf höchstens {max} sein"),
    NOT_SMALLER("not_smaller", "must be less than {max}", "muss kleiner als {max} sein"),
    RANGE("range", "must be between {min} and {max}", "muss zwischen {min} und {max} liegen"),
    DIGITS(
            "digits",
            "must have at most {integer} digits before and {fraction} after the decimal point",
            "darf höchstens {integer} Stellen vor und {fraction} nach dem Komma haben"),
    IN_FUTURE("in_future", "must not be later than today", "darf nicht nach dem heutigen Tag liegen"),
    NOT_PAST("not_past", "must be in the past", "muss in der Vergangenheit liegen"),
    EMAIL("email", "must be a well-formed e-mail address", "muss eine gültige E-Mail-Adresse sein"),
    PHONE("phone", "must be a phone number", "muss eine Telefonnummer sein"),
    URL("url", "must be an http(s) address", "muss eine http(s)-Adresse sein"),
    LANGUAGE_CODE("language_code", "must be an ISO 639 language code", "muss ein Sprachcode nach ISO 639 sein"),
    COUNTRY_CODE(
            "country_code",
            "must be an ISO 3166-1 alpha-2 country code (or XX)",
            "muss ein Ländercode nach ISO 3166-1 sein (oder XX)"),
    AGS_CODE("ags_code", "must be an AGS code of 5 digits", "muss ein fünfstelliger Gemeindeschlüssel (AGS) sein"),
    POSTAL_CODE("postal_code", "must be a German postal code of 5 digits", "muss eine fünfstellige Postleitzahl sein"),
    UNKNOWN_DISTRICT(
            "unknown_district",
            "{value} is not a Saxon district (AGS code)",
            "{value} ist kein sächsischer Landkreis und keine kreisfreie Stadt"),
    ONE_OF("one_of", "must be one of {allowed}", "muss einer dieser Werte sein: {allowed}"),
    DATE("date", "must be a date (YYYY-MM-DD)", "muss ein Datum sein (JJJJ-MM-TT)"),
    ID("id", "must be an id (UUID)", "muss eine Kennung (UUID) sein"),
    WHOLE_NUMBER("whole_number", "must be a whole number", "muss eine ganze Zahl sein"),
    NUMBER("number", "must be a number", "muss eine Zahl sein"),
    BOOLEAN("boolean", "must be true or false", "muss true oder false sein"),
    TEXT("text", "must be text", "muss ein Text sein"),
    CONTROL_CHARACTER("control_character", "must not contain control characters", "darf keine Steuerzeichen enthalten"),
    WRONG_TYPE("wrong_type", "has the wrong type", "hat den falschen Typ"),
    UNKNOWN_FIELD("unknown_field", "is not a field of this request", "ist kein Feld dieser Anfrage"),
    INVALID("invalid", "is not a valid value", "ist kein gültiger Wert"),
    IMMUTABLE("immutable", "cannot be changed", "kann nicht geändert werden"),
    NOT_BEFORE("not_before", "must not be before {other}", "darf nicht vor {other} liegen"),
    CONSENT_MISSING(
            "consent_missing",
            "the mentee has not consented to {scope}",
            "die Person hat in {scope} nicht eingewilligt"),
    GO_TOGETHER(
            "together", "is given together with {other}, or neither", "wird zusammen mit {other} angegeben oder keins"),
    ONLY_WITH("only_with", "is only given when {other} is {value}", "wird nur angegeben, wenn {other} {value} ist"),
    NEEDED_WITH("needed_with", "is needed when {other} is given", "ist nötig, wenn {other} angegeben ist"),
    MISMATCH("mismatch", "does not match {other}", "passt nicht zu {other}"),
    NOT_PROJECT_MENTOR(
            "not_project_mentor", "is not a mentor of this project", "arbeitet nicht als Mentor/in in diesem Projekt"),
    NOT_PROJECT_EMPLOYER(
            "not_project_employer", "is not an employer of this project", "ist kein Arbeitgeber dieses Projekts"),
    EMPLOYER_NEEDED(
            "employer_needed",
            "is needed unless the placement is self-employment",
            "ist nötig, außer bei einer Selbstständigkeit"),
    TOO_FAR_AHEAD("too_far_ahead", "must be within the next year", "muss innerhalb des nächsten Jahres liegen"),
    ACTIVITY_PARTY(
            "activity_party",
            "an activity is with a mentee, an employer or an authority",
            "ein Kontakt ist mit einer/einem Teilnehmenden, einem Arbeitgeber oder einer Behörde"),
    OWN_PROJECTS_ONLY(
            "own_projects_only",
            "searching by name is for the mentee's own projects only",
            "die Suche nach Namen gilt nur in den eigenen Projekten"),
    OTHER_PROJECT_BY_CASE(
            "other_project_by_case",
            "cannot be changed; open a case in the other project instead",
            "kann nicht geändert werden; eröffnen Sie stattdessen eine Betreuung im anderen Projekt"),
    PROJECT_NEEDED(
            "project_needed",
            "is required because you work in several projects",
            "ist nötig, weil Sie in mehreren Projekten arbeiten"),
    NO_PROJECT("no_project", "you work in no project", "Sie arbeiten in keinem Projekt"),
    PERIOD_EMPTY(
            "period_empty", "the period is empty (from is after to)", "der Zeitraum ist leer (von liegt nach bis)"),
    PERIOD_RANGE(
            "period_range",
            "the period must lie between {min} and {max}",
            "der Zeitraum muss zwischen {min} und {max} liegen"),
    TOO_MANY_GROUPS(
            "too_many_groups",
            "the period has more than {max} groups; shorten it",
            "der Zeitraum hat mehr als {max} Gruppen; bitte kürzen"),
    NOT_OVER("not_over", "is not over yet", "ist noch nicht vorbei"),
    TAKEN("taken", "is taken already", "ist bereits vergeben"),
    MONTH_START(
            "month_start",
            "must be the first day of a month: released figures cover whole months",
            "muss der erste Tag eines Monats sein: veröffentlichte Zahlen umfassen ganze Monate"),
    MONTH_END(
            "month_end",
            "must be the last day of a month: released figures cover whole months",
            "muss der letzte Tag eines Monats sein: veröffentlichte Zahlen umfassen ganze Monate"),
    COMPLETED_MONTHS(
            "completed_months",
            "must not be later than {max}, the end of the last completed month",
            "darf nicht nach dem {max} liegen, dem Ende des letzten abgeschlossenen Monats"),
    AT_MOST_ONE("at_most_one", "may be given once only", "darf nur einmal angegeben werden"),
    NOT_WITH("not_with", "cannot be combined with {other}", "kann nicht mit {other} kombiniert werden"),
    NAME_CHARACTERS(
            "name_characters",
            "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] ( ) or curly brackets",
            "darf keines dieser Zeichen enthalten: < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] ( ) und keine"
                    + " geschweiften Klammern"),
    OUTSIDE_SAXONY("outside_saxony", "is not a postal code in Saxony", "ist keine sächsische Postleitzahl"),
    TOO_FAST(
            "too_fast",
            "was sent too quickly after the form was opened; please check it and send it again",
            "wurde zu schnell nach dem Öffnen des Formulars gesendet; bitte prüfen und erneut senden"),
    FORM_EXPIRED(
            "form_expired",
            "the form has expired; please reload the page",
            "das Formular ist abgelaufen; bitte laden Sie die Seite neu"),
    MUST_ACCEPT("must_accept", "must be accepted", "muss bestätigt werden"),
    NOT_SERVING("not_serving", "does not serve this district", "ist für diesen Landkreis nicht zuständig"),
    EMAIL_OR_PHONE(
            "email_or_phone",
            "an e-mail address or a phone number is needed",
            "eine E-Mail-Adresse oder eine Telefonnummer ist nötig"),
    UNKNOWN_SERVICE("unknown_service", "is not a service of the directory", "ist kein Angebot des Verzeichnisses"),
    VISIBLE_ASCII(
            "visible_ascii",
            "must be {min} to {max} visible ASCII characters",
            "muss aus {min} bis {max} sichtbaren ASCII-Zeichen bestehen");

    private final String code;
    private final String english;
    private final String german;

    FieldRule(String code, String english, String german) {
        this.code = code;
        this.english = english;
        this.german = german;
    }

    public String code() {
        return code;
    }

    /** This rule broken by a field, with parameters as name-value pairs ("max", 100). */
    public Violation on(String field, Object... params) {
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name-value pairs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            values.put((String) params[i], String.valueOf(params[i + 1]));
        }
        return new Violation(field, this, values);
    }

    /** The message in the language (German for "de", English otherwise), with the parameters filled in. */
    public String message(Locale locale, Map<String, String> params) {
        String text = "de".equals(locale.getLanguage()) ? german : english;
        for (Map.Entry<String, String> param : params.entrySet()) {
            text = text.replace("{" + param.getKey() + "}", param.getValue());
        }
        return text;
    }

    /** A broken rule before it is worded for the caller. */
    public record Violation(String field, FieldRule rule, Map<String, String> params) {
        public Violation {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        public Problem.FieldError render(Locale locale) {
            return new Problem.FieldError(field, rule.code, rule.message(locale, params), params);
        }
    }
}
