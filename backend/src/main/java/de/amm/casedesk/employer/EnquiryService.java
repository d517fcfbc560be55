package de.amm.casedesk.employer;

import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.error.RetryLater;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.employer.EmployerApi.ContactPerson;
import de.amm.casedesk.employer.EmployerApi.EmployerInput;
import de.amm.casedesk.employer.EnquiryApi.EnquiryForm;
import de.amm.casedesk.employer.EnquiryApi.EnquiryInput;
import de.amm.casedesk.employer.EnquiryApi.EnquiryReceipt;
import de.amm.casedesk.employer.EnquiryApi.EnquiryView;
import de.amm.casedesk.employer.EnquiryApi.Status;
import de.amm.casedesk.programme.District;
import de.amm.casedesk.programme.ProgrammeService;
import de.amm.casedesk.project.ProjectApi.ProjectView;
import de.amm.casedesk.project.ProjectService;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Employers' enquiries: the public form (abuse kept out without third-party services: a rate limit per address, a
 * signed form time that must be a few seconds and at most two hours old, a honeypot field, size limits) and the
 * responsible project's inbox.
 */
@ApplicationScoped
@Transactional
public class EnquiryService {

    private static final Logger LOG = Logger.getLogger(EnquiryService.class);
    static final int INBOX_LIMIT = 200;

    private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    private final EmployerEnquiryRepository enquiries;
    private final EmployerService employers;
    private final ProjectService projects;
    private final ProgrammeService programme;
    private final ProjectAccess access;
    private final Clock clock;
    private final byte[] secret;
    private final Duration minimumFillTime;
    private final Duration validFor;
    private final long burst;
    private final long perHour;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public EnquiryService(
            EmployerEnquiryRepository enquiries,
            EmployerService employers,
            ProjectService projects,
            ProgrammeService programme,
            ProjectAccess access,
            Clock clock,
            @ConfigProperty(name = "amm.enquiry.form-secret") Optional<String> secret,
            @ConfigProperty(name = "amm.enquiry.minimum-fill-time", defaultValue = "3S") Duration minimumFillTime,
            @ConfigProperty(name = "amm.enquiry.valid-for", defaultValue = "2H") Duration validFor,
            @ConfigProperty(name = "amm.enquiry.rate-limit.burst", defaultValue = "5") long burst,
            @ConfigProperty(name = "amm.enquiry.rate-limit.per-hour", defaultValue = "10") long perHour) {
        this.enquiries = enquiries;
        this.employers = employers;
        this.projects = projects;
        this.programme = programme;
        this.access = access;
        this.clock = clock;
        this.secret = secret.filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
        this.minimumFillTime = minimumFillTime;
        this.validFor = validFor;
        this.burst = burst;
        this.perHour = perHour;
    }

    // --- public ----------------------------------------------------------------------------------------------

    public EnquiryForm form() {
        return new EnquiryForm(FormTokens.sign(secret, clock.instant()), (int) minimumFillTime.toSeconds(), (int)
                validFor.toSeconds());
    }

    /**
     * Takes an enquiry from an address: into the inbox of the project responsible for the district. An enquiry that
     * filled the hidden field is answered alike but kept nowhere.
     */
    public EnquiryReceipt receive(String address, @NotNull @Valid EnquiryInput body) {
        List<FieldRule.Violation> errors = new ArrayList<>();
        Instant issued = FormTokens.issuedAt(secret, body.formToken());
        Instant now = clock.instant();
        if (issued == null) {
            errors.add(FieldRule.INVALID.on("formToken"));
        } else if (issued.plus(validFor).isBefore(now)) {
            errors.add(FieldRule.FORM_EXPIRED.on("formToken"));
        } else if (issued.plus(minimumFillTime).isAfter(now)) {
            errors.add(FieldRule.TOO_FAST.on("formToken"));
        }
        if (!Boolean.TRUE.equals(body.consent())) {
            errors.add(FieldRule.MUST_ACCEPT.on("consent"));
        }
        if (blank(body.email()) && blank(body.phone())) {
            errors.add(FieldRule.EMAIL_OR_PHONE.on("email"));
        }
        District district = null;
        if (body.postalCode() != null && body.district() != null) {
            errors.add(FieldRule.NOT_WITH.on("postalCode", "other", "district"));
        } else if (body.postalCode() != null) {
            district = programme.districtOfPostalCode(body.postalCode()).orElse(null);
            if (district == null) {
                errors.add(FieldRule.OUTSIDE_SAXONY.on("postalCode"));
            }
        } else if (body.district() != null) {
            String ags = body.district();
            district = programme.districts().stream()
                    .filter(d -> d.ags.equals(ags))
                    .findFirst()
                    .orElse(null);
            if (district == null) {
                errors.add(FieldRule.UNKNOWN_DISTRICT.on("district", "value", ags));
            }
        } else {
            errors.add(FieldRule.REQUIRED.on("postalCode"));
        }
        ProjectView project = null;
        if (district != null) {
            List<ProjectView> serving = projects.serving(district.ags);
            if (body.projectId() != null) {
                project = serving.stream()
                        .filter(p -> p.id().equals(body.projectId()))
                        .findFirst()
                        .orElse(null);
                if (project == null) {
                    errors.add(FieldRule.NOT_SERVING.on("projectId"));
                }
            } else if (serving.isEmpty()) {
                errors.add(FieldRule.NOT_SERVING.on(body.postalCode() != null ? "postalCode" : "district"));
            } else {
                project = serving.getFirst();
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        EnquiryReceipt receipt = new EnquiryReceipt(project.id(), project.name());
        if (!blank(body.website())) {
            LOG.info("An enquiry with the hidden field filled in was dropped");
            return receipt;
        }
        EmployerEnquiry enquiry = new EmployerEnquiry();
        enquiry.id = Ids.newId();
        enquiry.projectId = project.id();
        enquiry.districtAgs = district.ags;
        enquiry.company = body.company().strip();
        enquiry.contactName = body.contactName().strip();
        enquiry.email = blank(body.email()) ? null : body.email().strip();
        enquiry.phone = blank(body.phone()) ? null : body.phone().strip();
        enquiry.message = body.message().strip();
        enquiry.status = Status.NEW.code();
        enquiry.receivedAt = now;
        enquiries.persist(enquiry);
        return receipt;
    }

    /** Counts an enquiry against the address's budget; 429 when it is spent. */
    public void admit(String address) {
        ConsumptionProbe probe = buckets.computeIfAbsent(
                        address == null ? "?" : address,
                        a -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(burst)
                                        .refillGreedy(perHour, Duration.ofHours(1))
                                        .build())
                                .build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new RetryLater("Too many enquiries from this address; try again in " + seconds + " s", seconds);
        }
    }

    @Scheduled(every = "10m")
    void forgetIdleAddresses() {
        buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= burst);
    }

    // --- the project's inbox ---------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnquiryView> inbox(UUID projectId, Status status) {
        if (projectId != null) {
            access.requireWritable(projectId, "Project");
        }
        return enquiries
                .inbox(access.writeScope(), projectId, status == null ? null : status.code(), INBOX_LIMIT)
                .stream()
                .map(EnquiryService::view)
                .toList();
    }

    /**
     * Takes an enquiry over as an employer of its project (company, district and contact person, the message as
     * notes) and closes it. A closed enquiry is not taken over (409): it was dealt with already.
     */
    public Employer toEmployer(UUID id, long expectedVersion) {
        EmployerEnquiry enquiry =
                enquiries.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Enquiry"));
        Versions.check(enquiry.version, expectedVersion);
        if (Status.CLOSED.code().equals(enquiry.status)) {
            throw ApiException.conflict("The enquiry is closed already; it is not taken over as an employer");
        }
        LocalDate received = LocalDate.ofInstant(enquiry.receivedAt, clock.getZone());
        Employer employer = employers.create(new EmployerInput(
                enquiry.projectId,
                enquiry.company,
                null,
                null,
                enquiry.districtAgs,
                new ContactPerson(enquiry.contactName, enquiry.phone, enquiry.email),
                "Anfrage über „Fachkräfte finden“ vom " + received.format(GERMAN_DAY) + ":\n" + enquiry.message));
        enquiry.status = Status.CLOSED.code();
        enquiries.flush();
        return employer;
    }

    public long changeStatus(UUID id, long expectedVersion, @NotNull Status status) {
        EmployerEnquiry enquiry =
                enquiries.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Enquiry"));
        Versions.check(enquiry.version, expectedVersion);
        enquiry.status = status.code();
        enquiries.flush();
        return enquiry.version;
    }

    static EnquiryView view(EmployerEnquiry e) {
        return new EnquiryView(
                e.id,
                e.projectId,
                e.districtAgs,
                e.company,
                e.contactName,
                e.email,
                e.phone,
                e.message,
                Status.of(e.status),
                e.receivedAt,
                e.version);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
