package de.amm.casedesk.dataprotection;

import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.mentee.ConsentApi.ConsentRecordView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the programme holds about one person (GDPR Art. 15), as the API returns it and the PDF shows it. */
public final class SubjectAccessApi {

    private SubjectAccessApi() {}

    @Schema(
            name = "SubjectAccess",
            description = "Everything the system holds about one mentee: the record, the consent history, the case"
                    + " work, and who accessed it. Codes are those of the code lists. A project lead's answer covers"
                    + " the projects they lead; the data-protection officer's covers every project.")
    public record SubjectAccess(
            UUID menteeId,
            Instant producedAt,

            @Schema(description = "Who produced it (name or role)")
            String producedBy,

            @Schema(description = "The projects the answer covers")
            List<Ref> projects,

            @Schema(description = "True when the answer covers every project of the programme")
            boolean complete,

            Person person,
            List<ConsentRecordView> consents,
            List<CaseEntry> cases,
            List<ActivityEntry> activities,
            List<PlacementEntry> placements,
            List<FollowUpEntry> followUps,
            List<ReferralEntry> referrals,

            @Schema(description = "Documents filed (their details; the files themselves are downloaded one by one)")
            List<DocumentEntry> documents,

            @Schema(description = "Every audited access to the person's records, oldest first")
            List<AccessEntry> accesses) {}

    @Schema(name = "SubjectAccessPerson", description = "The mentee's own record")
    public record Person(
            String pseudonym,
            @Schema(nullable = true) String firstName,
            @Schema(nullable = true) String lastName,
            @Schema(nullable = true) LocalDate birthDate,
            @Schema(nullable = true) Integer yearOfBirth,
            String gender,
            @Schema(nullable = true) String nationality,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String address,
            List<String> languages,
            @Schema(nullable = true) String notes,
            @Schema(nullable = true) String residenceStatus,
            @Schema(nullable = true) String qualification,
            @Schema(nullable = true) String recognitionStatus,
            @Schema(nullable = true) String germanLevel,
            @Schema(nullable = true) String district,
            @Schema(nullable = true) String referralSource,
            Ref registeringProject,
            Instant registeredAt,
            @Schema(nullable = true) LocalDate anonymisedOn) {}

    @Schema(name = "SubjectAccessCase")
    public record CaseEntry(
            UUID id,
            Ref project,
            LocalDate startedOn,
            @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) String closingReason,
            @Schema(nullable = true) String leadMentor,
            List<String> assistants) {}

    @Schema(name = "SubjectAccessActivity")
    public record ActivityEntry(
            UUID id,
            Ref project,
            LocalDate occurredOn,
            String channel,
            int durationMinutes,
            List<String> topics,
            @Schema(nullable = true) String employer,
            @Schema(nullable = true) String authority,
            @Schema(nullable = true) String mentor,
            @Schema(nullable = true) String note) {}

    @Schema(name = "SubjectAccessPlacement")
    public record PlacementEntry(
            UUID id,
            Ref project,
            String type,
            @Schema(nullable = true) String employer,
            LocalDate startedOn,
            @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) String endReason,
            @Schema(nullable = true) BigDecimal weeklyHours,
            @Schema(nullable = true) String occupation) {}

    @Schema(name = "SubjectAccessFollowUp")
    public record FollowUpEntry(
            UUID id,
            Ref project,
            UUID placementId,
            int months,
            LocalDate dueOn,
            @Schema(nullable = true) LocalDate checkedOn,
            @Schema(nullable = true) String result,
            @Schema(nullable = true) String note) {}

    @Schema(name = "SubjectAccessReferral")
    public record ReferralEntry(
            UUID id,
            Ref project,
            LocalDate referredOn,
            String provider,
            String topic,
            @Schema(nullable = true) String note) {}

    @Schema(name = "SubjectAccessDocument")
    public record DocumentEntry(
            UUID id, Ref project, String kind, String fileName, String mediaType, int sizeBytes, Instant uploadedAt) {}

    @Schema(name = "SubjectAccessAccess", description = "One audited access to the person's records")
    public record AccessEntry(
            Instant occurredAt,

            @Schema(description = "The staff member's name, or the role of a programme-wide actor")
            String actor,

            String actorRoles,
            @Schema(examples = "read") String action,
            @Schema(examples = "activity") String record,

            @Schema(nullable = true, description = "The project through which the actor acted")
            String readerProject) {}
}
