package de.amm.casedesk.bulk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The rows {@link CaseRecordWriter} writes, one record per table, field for column. The demo data, the test
 * fixtures, the benchmark's nation-scale dataset and the spreadsheet import all build these; none of them spells
 * out the tables' columns again.
 */
public final class Rows {

    private Rows() {}

    public record ProjectRow(
            UUID id,
            String name,
            String carrier,
            String street,
            String postalCode,
            String city,
            String phone,
            String email,
            String website,
            String officeHours,
            List<String> languages,
            BigDecimal latitude,
            BigDecimal longitude,
            BigDecimal mentorPositions,
            BigDecimal yearlyFunding,
            List<String> districts) {}

    public record PersonRow(UUID id, String keycloakUserId, String displayName, String email) {}

    public record MembershipRow(UUID id, UUID projectId, UUID personId, String role, LocalDate startedOn) {}

    /** A mentee, registered by {@code projectId} and visible to it. */
    public record MenteeRow(
            UUID id,
            UUID projectId,
            String pseudonym,
            String firstName,
            String lastName,
            LocalDate birthDate,
            String phone,
            String email,
            List<String> languages,
            String notes,
            String gender,
            Integer yearOfBirth,
            String nationality,
            String residenceStatus,
            String qualification,
            String recognitionStatus,
            String germanLevel,
            String district,
            String referralSource,
            LocalDate consentGivenOn,
            List<String> consentScopes,
            Instant registeredAt) {}

    public record EmployerRow(
            UUID id,
            UUID projectId,
            String name,
            String sector,
            String sizeClass,
            String district,
            String contactName,
            String contactPhone,
            String contactEmail,
            String notes) {}

    /** A case; the mentee becomes visible to the case's project. */
    public record CaseRow(
            UUID id,
            UUID projectId,
            UUID menteeId,
            UUID leadMentorId,
            LocalDate startedOn,
            LocalDate endedOn,
            String closingReason) {}

    public record ActivityRow(
            UUID id,
            UUID projectId,
            UUID menteeId,
            UUID employerId,
            String authority,
            UUID mentorId,
            LocalDate occurredOn,
            int durationMinutes,
            String channel,
            List<String> topics,
            String note) {}

    public record PlacementRow(
            UUID id,
            UUID projectId,
            UUID menteeId,
            UUID employerId,
            String type,
            LocalDate startedOn,
            LocalDate endedOn,
            String endReason,
            BigDecimal weeklyHours,
            String occupation) {}

    public record FollowUpRow(
            UUID id,
            UUID projectId,
            UUID placementId,
            UUID menteeId,
            int months,
            LocalDate dueOn,
            LocalDate checkedOn,
            String result,
            String note) {}

    public record ReferralRow(
            UUID id, UUID projectId, UUID menteeId, LocalDate referredOn, String provider, String topic, String note) {}
}
