package de.amm.casedesk.mentee;

import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.codelist.Gender;
import de.amm.casedesk.codelist.GermanLevel;
import de.amm.casedesk.codelist.Qualification;
import de.amm.casedesk.codelist.RecognitionStatus;
import de.amm.casedesk.codelist.ReferralSource;
import de.amm.casedesk.codelist.ResidenceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of mentees. */
public final class MenteeApi {

    private MenteeApi() {}

    @Schema(name = "MenteeInput", description = "A mentee as registered or changed by project staff")
    public record MenteeInput(
            @Schema(description = "Project that registers the mentee; may be left out by staff of one project only")
            UUID projectId,

            @NotBlank @Size(max = 100) @Schema(examples = "Amina")
            String firstName,

            @NotBlank @Size(max = 100) @Schema(examples = "Haddad")
            String lastName,

            @Past @Schema(examples = "1994-05-17") LocalDate birthDate,

            @Size(max = 40)
            @Pattern(regexp = "\\+?[0-9 ()/-]{5,40}", message = "{field.phone}")
            @Schema(examples = "+49 170 5550123")
            String phone,

            @Size(max = 254) @Email @Schema(examples = "amina.haddad@example.org")
            String email,

            @Size(max = 300) @Schema(examples = "Eisenbahnstraße 1, 04315 Leipzig")
            String address,

            @Size(max = 20)
            @Schema(description = "ISO 639 codes of the languages spoken", examples = "[\"ar\", \"en\"]")
            List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{field.language_code}") String> languages,

            @Size(max = 4000) String notes,
            @NotNull Gender gender,

            @Min(1900)
            @Max(2100)
            @Schema(description = "Year of birth; taken from birthDate when that is given", examples = "1994")
            Integer yearOfBirth,

            @Pattern(regexp = "[A-Z]{2}", message = "{field.country_code}")
            @Schema(description = "ISO 3166-1 alpha-2 (code list nationality)", examples = "SY")
            String nationality,

            ResidenceStatus residenceStatus,
            Qualification qualification,
            RecognitionStatus recognitionStatus,
            GermanLevel germanLevel,

            @Pattern(regexp = "\\d{5}", message = "{field.ags_code}")
            @Schema(description = "AGS code of the district of residence", examples = "14713")
            String district,

            ReferralSource referralSource,

            @Valid
            @Schema(
                    nullable = true,
                    description = "Required when registering: the consent declaration the mentee signed, with"
                            + " counselling among its scopes. Left out when changing a mentee; consent changes go"
                            + " through /mentees/{id}/consents.")
            ConsentApi.NewConsent consent) {}

    @Schema(
            name = "Mentee",
            description =
                    "A mentee. Outside the mentee's own projects (the coordination entity) the personal fields are"
                            + " null and `restricted` is true: the record is pseudonymised.")
    public record MenteeView(
            UUID id,
            @Schema(description = "The registering project") UUID projectId,

            @Schema(description = "Every project that sees the mentee")
            List<UUID> projectIds,

            @Schema(description = "Stable pseudonym", examples = "TN-7K3F9Q")
            String pseudonym,

            @Schema(description = "True when personal fields are withheld")
            boolean restricted,

            @Schema(nullable = true) String firstName,
            @Schema(nullable = true) String lastName,
            @Schema(nullable = true) LocalDate birthDate,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) List<String> languages,
            @Schema(nullable = true) String notes,
            Gender gender,
            @Schema(nullable = true) Integer yearOfBirth,
            @Schema(nullable = true) String nationality,
            @Schema(nullable = true) ResidenceStatus residenceStatus,
            @Schema(nullable = true) Qualification qualification,
            @Schema(nullable = true) RecognitionStatus recognitionStatus,
            @Schema(nullable = true) GermanLevel germanLevel,
            @Schema(nullable = true) String district,
            @Schema(nullable = true) ReferralSource referralSource,

            @Schema(description = "Consent scopes in force today (history: GET /mentees/{id}/consents)")
            List<ConsentScope> consentInForce,

            @Schema(nullable = true, description = "Anonymised on this day: personal fields are empty for good")
            LocalDate anonymisedOn,

            long version,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "MenteeSummary", description = "A mentee in a list, with the state of their case work")
    public record MenteeSummary(
            UUID id,
            UUID projectId,
            String pseudonym,
            boolean restricted,
            @Schema(nullable = true) String firstName,
            @Schema(nullable = true) String lastName,
            Gender gender,
            @Schema(nullable = true) Integer yearOfBirth,
            @Schema(nullable = true) String nationality,
            @Schema(nullable = true) String district,

            @Schema(
                    description = "open: a case is open; closed: all cases closed; none: no case yet",
                    enumeration = {"open", "closed", "none"})
            String status,

            @Schema(description = "Lead mentor of the open case", nullable = true)
            UUID leadMentorId,

            @Schema(nullable = true) String leadMentorName,

            @Schema(description = "Date of the latest activity", nullable = true)
            LocalDate lastActivityOn,

            @Schema(description = "Due date of the next open follow-up", nullable = true)
            LocalDate nextFollowUpDueOn) {}
}
