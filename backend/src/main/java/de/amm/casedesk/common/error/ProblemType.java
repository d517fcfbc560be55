package de.amm.casedesk.common.error;

import java.net.URI;

/**
 * The stable problem types of the API (RFC 9457). Clients may switch on {@link #uri()}; titles are for
 * humans and may be reworded.
 */
public enum ProblemType {
    VALIDATION_FAILED(
            "validation-failed", 400, "The request contains invalid values", "Die Anfrage enthält ungültige Werte"),
    MALFORMED_REQUEST(
            "malformed-request", 400, "The request body cannot be read", "Der Inhalt der Anfrage ist nicht lesbar"),
    UNAUTHORIZED("unauthorized", 401, "Authentication is required", "Anmeldung erforderlich"),
    FORBIDDEN(
            "forbidden", 403, "This role may not use this operation", "Diese Rolle darf diese Aktion nicht ausführen"),
    NOT_FOUND("not-found", 404, "Not found", "Nicht gefunden"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed", "Methode nicht erlaubt"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Response format not available", "Antwortformat nicht verfügbar"),
    CONFLICT(
            "conflict",
            409,
            "The request conflicts with the current state",
            "Die Anfrage widerspricht dem aktuellen Stand"),
    CONCURRENT_UPDATE(
            "concurrent-update",
            409,
            "The record was changed by someone else at the same moment",
            "Der Eintrag wurde im selben Moment von jemand anderem geändert"),
    PRECONDITION_FAILED(
            "precondition-failed",
            412,
            "The record was changed by someone else",
            "Der Eintrag wurde inzwischen von jemand anderem geändert"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large", "Der Inhalt der Anfrage ist zu groß"),
    URI_TOO_LONG("uri-too-long", 414, "The address is too long", "Die Adresse ist zu lang"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported content type", "Nicht unterstütztes Format"),
    IDEMPOTENCY_KEY_REUSED(
            "idempotency-key-reused",
            422,
            "The idempotency key was used for a different request",
            "Der Idempotency-Key wurde für eine andere Anfrage verwendet"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match header required", "If-Match-Kopfzeile erforderlich"),
    TOO_MANY_REQUESTS(
            "too-many-requests", 429, "Too many requests; try again later", "Zu viele Anfragen; bitte später erneut"),
    ACCOUNT_NOT_LINKABLE(
            "account-not-linkable",
            409,
            "This account cannot be made a member of a project's team",
            "Dieses Konto kann nicht Mitglied eines Projektteams werden"),
    CONSENT_REQUIRED(
            "consent-required",
            409,
            "The mentee's consent does not cover this",
            "Die Einwilligung der Person deckt dies nicht ab"),
    DELETION_NOT_ALLOWED(
            "deletion-not-allowed",
            409,
            "The record can no longer be deleted; it can be anonymised",
            "Der Eintrag kann nicht mehr gelöscht, nur noch anonymisiert werden"),
    ACCOUNT_DIRECTORY_UNAVAILABLE(
            "account-directory-unavailable",
            503,
            "The account directory is not reachable",
            "Die Kontenverwaltung ist nicht erreichbar"),
    INTERNAL_ERROR("internal-error", 500, "Internal error", "Interner Fehler"),
    SERVICE_UNAVAILABLE(
            "service-unavailable",
            503,
            "The service is busy or its database is not reachable; try again shortly",
            "Der Dienst ist ausgelastet oder seine Datenbank nicht erreichbar; bitte gleich erneut versuchen");

    public static final String BASE = "https://amm-casedesk.example/problems/";

    private final String slug;
    private final int status;
    private final String title;
    private final String germanTitle;

    ProblemType(String slug, int status, String title, String germanTitle) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.germanTitle = germanTitle;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The title in the language of the request (German for "de", English otherwise). */
    public String title(java.util.Locale locale) {
        return "de".equals(locale.getLanguage()) ? germanTitle : title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION_FAILED && type != CONCURRENT_UPDATE) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
