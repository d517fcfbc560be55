package de.amm.casedesk.dataprotection;

import de.amm.casedesk.common.api.IdempotencyRepository;
import de.amm.casedesk.dataprotection.RetentionRepository.Due;
import de.amm.casedesk.dataprotection.RetentionRepository.Run;
import de.amm.casedesk.employer.EnquiryRetention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * Retention (docs/gdpr.md): a mentee is anonymised once nothing has happened in their case work for the
 * configured period (amm.retention.anonymise-after, three years by default) and no case of theirs is open; an
 * employer's enquiry from the public page is deleted once it was received longer ago than its period
 * (amm.retention.enquiries-after, twelve months by default); stored idempotency answers go after 24 hours. The schedule runs nightly; with two backends on one database only the one
 * that claims the night's run does it. A dry run lists what a run would do.
 */
@ApplicationScoped
public class RetentionService {

    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    @Schema(name = "RetentionRule", description = "One retention rule as configured")
    public record Rule(
            @Schema(examples = "anonymise-inactive-mentees") String code,
            String description,
            @Schema(examples = "P3Y") String period) {}

    @Schema(name = "RetentionCandidate", description = "A mentee a run would anonymise")
    public record Candidate(
            java.util.UUID menteeId,
            String pseudonym,
            java.util.UUID projectId,
            String projectName,

            @Schema(description = "The last day anything happened in their case work")
            LocalDate lastActivityOn) {}

    @Schema(name = "RetentionPlan", description = "What a retention run would do now (nothing is changed)")
    public record Plan(
            List<Rule> rules,

            @Schema(description = "Case work before this day is old enough")
            LocalDate cutoff,

            @Schema(description = "How many mentees a run would anonymise")
            long menteesDue,

            @Schema(description = "The first of them (up to 200), longest inactive first")
            List<Candidate> mentees,

            @Schema(description = "Stored idempotency answers older than 24 hours that a run would purge")
            long idempotencyAnswersDue,

            @Schema(description = "Employers' enquiries received before this day are old enough")
            LocalDate enquiriesCutoff,

            @Schema(description = "How many employers' enquiries a run would delete")
            long enquiriesDue,

            @Schema(description = "The latest runs, newest first")
            List<RunView> runs) {}

    @Schema(name = "RetentionRun", description = "One run of the retention schedule")
    public record RunView(
            String runKey,
            Instant startedAt,
            @Schema(nullable = true) Instant finishedAt,
            @Schema(nullable = true) String outcome) {}

    @Schema(name = "RetentionOutcome", description = "What a run did")
    public record Outcome(
            String runKey,

            @Schema(description = "False when another backend (or an earlier attempt) ran it")
            boolean ran,

            int menteesAnonymised,
            int idempotencyAnswersPurged,

            @Schema(description = "Employers' enquiries deleted")
            int enquiriesDeleted) {}

    private final RetentionRepository retention;
    private final IdempotencyRepository idempotency;
    private final ErasureService erasure;
    private final EnquiryRetention enquiries;
    private final Clock clock;
    private final Period anonymiseAfter;
    private final Period enquiriesAfter;
    private final int batch;

    public RetentionService(
            RetentionRepository retention,
            IdempotencyRepository idempotency,
            ErasureService erasure,
            EnquiryRetention enquiries,
            Clock clock,
            @ConfigProperty(name = "amm.retention.anonymise-after", defaultValue = "P3Y") String anonymiseAfter,
            @ConfigProperty(name = "amm.retention.enquiries-after", defaultValue = "P12M") String enquiriesAfter,
            @ConfigProperty(name = "amm.retention.batch", defaultValue = "5000") int batch) {
        this.retention = retention;
        this.idempotency = idempotency;
        this.erasure = erasure;
        this.enquiries = enquiries;
        this.clock = clock;
        this.anonymiseAfter = Period.parse(anonymiseAfter);
        this.enquiriesAfter = Period.parse(enquiriesAfter);
        this.batch = batch;
    }

    public List<Rule> rules() {
        return List.of(
                new Rule(
                        "anonymise-inactive-mentees",
                        "Anonymise a mentee without an open case once nothing has happened in their case work for"
                                + " this period",
                        anonymiseAfter.toString()),
                new Rule(
                        "delete-employer-enquiries",
                        "Delete an employer's enquiry from the public page, whatever its status, once it was received"
                                + " longer ago than this period",
                        enquiriesAfter.toString()),
                new Rule("purge-idempotency-answers", "Purge stored idempotency answers after 24 hours", "PT24H"));
    }

    /** What a run would do now. */
    public Plan dryRun() {
        return QuarkusTransaction.requiringNew().call(() -> {
            LocalDate cutoff = cutoff();
            return new Plan(
                    rules(),
                    cutoff,
                    retention.countDue(cutoff),
                    retention.due(cutoff, 200).stream()
                            .map(RetentionService::candidate)
                            .toList(),
                    idempotency.countExpired(),
                    enquiriesCutoff(),
                    enquiries.countReceivedBefore(startOf(enquiriesCutoff())),
                    retention.runs(JOB, 10).stream().map(RetentionService::view).toList());
        });
    }

    /** The nightly run, at 02:30 in the programme's zone. */
    @Scheduled(
            cron = "${amm.retention.cron:0 30 2 * * ?}",
            timeZone = "Europe/Berlin",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run(LocalDate.now(clock).toString());
    }

    /**
     * Runs once per key: the night's date for the schedule, a moment for a run started by hand. Each mentee is
     * anonymised in a transaction of its own, so a failure leaves the others done.
     */
    @ActivateRequestContext
    public Outcome run(String runKey) {
        Instant started = clock.instant();
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> retention.claim(JOB, runKey, started));
        if (!claimed) {
            return new Outcome(runKey, false, 0, 0, 0);
        }
        LocalDate cutoff = cutoff();
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> retention.due(cutoff, batch));
        int anonymised = 0;
        for (Due mentee : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> erasure.forRetention(mentee.menteeId()));
                anonymised++;
            } catch (RuntimeException e) {
                LOG.errorf(
                        "Retention could not anonymise mentee %s: %s",
                        mentee.menteeId(), e.getClass().getName());
            }
        }
        int purged = QuarkusTransaction.requiringNew().call(idempotency::deleteExpired);
        Instant enquiriesBefore = startOf(enquiriesCutoff());
        int deleted = Math.toIntExact(
                QuarkusTransaction.requiringNew().call(() -> enquiries.deleteReceivedBefore(enquiriesBefore)));
        Outcome outcome = new Outcome(runKey, true, anonymised, purged, deleted);
        String summary = "%d mentees anonymised, %d idempotency answers purged, %d employers' enquiries deleted"
                .formatted(anonymised, purged, deleted);
        QuarkusTransaction.requiringNew().run(() -> retention.finish(JOB, runKey, clock.instant(), summary));
        LOG.infof("Retention run %s: %s", runKey, summary);
        return outcome;
    }

    private LocalDate cutoff() {
        return LocalDate.now(clock).minus(anonymiseAfter);
    }

    private LocalDate enquiriesCutoff() {
        return LocalDate.now(clock).minus(enquiriesAfter);
    }

    /** The first moment of a day in the programme's zone. */
    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static Candidate candidate(Due due) {
        return new Candidate(due.menteeId(), due.pseudonym(), due.projectId(), due.projectName(), due.lastActivityOn());
    }

    private static RunView view(Run run) {
        return new RunView(run.runKey(), run.startedAt(), run.finishedAt(), run.outcome());
    }
}
