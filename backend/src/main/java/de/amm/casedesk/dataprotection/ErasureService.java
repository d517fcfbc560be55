package de.amm.casedesk.dataprotection;

import de.amm.casedesk.activity.ActivityService;
import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.casefile.CaseService;
import de.amm.casedesk.codelist.ClosingReason;
import de.amm.casedesk.document.DocumentService;
import de.amm.casedesk.followup.FollowUpService;
import de.amm.casedesk.mentee.ConsentService;
import de.amm.casedesk.mentee.MenteeRef;
import de.amm.casedesk.mentee.MenteeService;
import de.amm.casedesk.referral.ReferralService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Erasure (GDPR Art. 17) by anonymisation, in every project at once: names, birth date, contact data, languages,
 * notes, documents and signed consent forms go; the reporting attributes and the shape of the case work (dates, types, topics,
 * results) stay, so every key result of every past period and every issued report stays exactly as it was. Open
 * cases end on the day. The records stay visible to their projects under a new pseudonym.
 */
@ApplicationScoped
@Transactional
public class ErasureService {

    /** Why a mentee is anonymised; it decides the closing reason of cases still open. */
    public enum Reason {
        REQUEST(ClosingReason.NO_LONGER_WANTED),
        CONSENT_WITHDRAWN(ClosingReason.CONSENT_WITHDRAWN),
        RETENTION(ClosingReason.OTHER);

        final ClosingReason closing;

        Reason(ClosingReason closing) {
            this.closing = closing;
        }
    }

    @Schema(name = "Anonymisation", description = "What an erasure did")
    public record Result(
            UUID menteeId,

            @Schema(description = "The day the mentee was anonymised")
            LocalDate anonymisedOn,

            @Schema(description = "False when the mentee had been anonymised before (nothing changed now)")
            boolean anonymisedNow,

            @Schema(description = "Open cases closed on that day")
            int casesClosed,

            @Schema(description = "Notes of activities, follow-ups and referrals erased")
            int notesErased,

            @Schema(description = "Documents (CVs, certificates, forms) deleted, in every project")
            int documentsErased) {}

    private final MenteeService mentees;
    private final ConsentService consents;
    private final CaseService cases;
    private final ActivityService activities;
    private final FollowUpService followUps;
    private final ReferralService referrals;
    private final DocumentService documents;
    private final AuditService audit;
    private final Clock clock;

    public ErasureService(
            MenteeService mentees,
            ConsentService consents,
            CaseService cases,
            ActivityService activities,
            FollowUpService followUps,
            ReferralService referrals,
            DocumentService documents,
            AuditService audit,
            Clock clock) {
        this.documents = documents;
        this.mentees = mentees;
        this.consents = consents;
        this.cases = cases;
        this.activities = activities;
        this.followUps = followUps;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    /** An erasure request, answered by a lead of one of the mentee's projects or the data-protection officer. */
    public Result onRequest(UUID menteeId) {
        return anonymise(mentees.dataSubject(menteeId), Reason.REQUEST);
    }

    /** Counselling withdrawn: the caller's right to record the withdrawal was checked with it. */
    Result afterWithdrawal(UUID menteeId) {
        return anonymise(mentees.refOf(menteeId), Reason.CONSENT_WITHDRAWN);
    }

    /** The retention schedule's own run. */
    Result forRetention(UUID menteeId) {
        return anonymise(mentees.refOf(menteeId), Reason.RETENTION);
    }

    private Result anonymise(MenteeRef mentee, Reason reason) {
        LocalDate today = LocalDate.now(clock);
        int closed = cases.closeOpenOf(mentee.id(), today, reason.closing);
        int notes = activities.eraseNotesOf(mentee.id())
                + followUps.eraseNotesOf(mentee.id())
                + referrals.eraseNotesOf(mentee.id());
        int erasedDocuments = documents.eraseOf(mentee.id());
        consents.endForErasure(mentee.id(), today);
        boolean now = mentees.anonymise(mentee.id(), today);
        audit.record(Action.ERASE, "mentee", mentee.id(), mentee.projectId(), mentee.id());
        return new Result(
                mentee.id(), now ? today : mentees.anonymisedOn(mentee.id()), now, closed, notes, erasedDocuments);
    }
}
