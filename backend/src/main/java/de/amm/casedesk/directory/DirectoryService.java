package de.amm.casedesk.directory;

import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.cache.PublicAnswers;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.ProjectRole;
import de.amm.casedesk.directory.DirectoryApi.DistrictRef;
import de.amm.casedesk.directory.DirectoryApi.PostalCodeArea;
import de.amm.casedesk.directory.DirectoryApi.ServiceContact;
import de.amm.casedesk.directory.DirectoryApi.ServiceInput;
import de.amm.casedesk.directory.DirectoryApi.ServiceSearchResult;
import de.amm.casedesk.directory.DirectoryApi.ServiceView;
import de.amm.casedesk.programme.District;
import de.amm.casedesk.programme.ProgrammeService;
import de.amm.casedesk.project.ProjectApi.Address;
import de.amm.casedesk.project.ProjectApi.Position;
import de.amm.casedesk.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The directory of integration services: the public search (cached, dropped on every change) and its maintenance
 * by the coordination entity (every district) and by project leads (the districts of the projects they lead).
 */
@ApplicationScoped
@Transactional
public class DirectoryService {

    /** At most this many services in one answer. */
    static final int MAX_RESULTS = 200;

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern AGS = Pattern.compile("\\d{5}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /** A search as asked, normalised: the cache's key. */
    record Search(String district, String kind, String language, String words) {}

    /** The longest text search. */
    static final int MAX_WORDS = 100;

    private final IntegrationServiceRepository services;
    private final ProgrammeService programme;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final PublicAnswers answers;

    public DirectoryService(
            IntegrationServiceRepository services,
            ProgrammeService programme,
            ProjectService projects,
            ProjectAccess access,
            PublicAnswers answers) {
        this.services = services;
        this.programme = programme;
        this.projects = projects;
        this.access = access;
        this.answers = answers;
    }

    // --- public ----------------------------------------------------------------------------------------------

    /** The district of a postal code in Saxony; 400 for a malformed code or one outside Saxony. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PostalCodeArea area(String postalCode) {
        return areaOf("postalCode", postalCode);
    }

    /**
     * Services by postal code or district, kind, language and words (each one found in the name, provider or
     * description, case-insensitive); each filter optional.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceSearchResult search(String postalCode, String district, String kind, String language, String q) {
        List<FieldRule.Violation> errors = new ArrayList<>();
        if (postalCode != null && district != null) {
            errors.add(FieldRule.NOT_WITH.on("postalCode", "other", "district"));
        }
        if (district != null) {
            if (!AGS.matcher(district).matches()) {
                errors.add(FieldRule.AGS_CODE.on("district"));
            } else if (!programme.unknownDistricts(List.of(district)).isEmpty()) {
                errors.add(FieldRule.UNKNOWN_DISTRICT.on("district", "value", district));
            }
        }
        if (kind != null
                && java.util.Arrays.stream(ServiceKind.values())
                        .noneMatch(k -> k.code().equals(kind))) {
            errors.add(FieldRule.ONE_OF.on("kind", "allowed", codes(ServiceKind.values())));
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.add(FieldRule.LANGUAGE_CODE.on("language"));
        }
        if (q != null && q.length() > MAX_WORDS) {
            errors.add(FieldRule.TOO_LONG.on("q", "max", String.valueOf(MAX_WORDS)));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String ags =
                postalCode != null ? areaOf("postalCode", postalCode).district().ags() : district;
        String words = q == null ? null : q.toLowerCase(Locale.ROOT);
        return answers.get(
                PublicAnswers.SERVICES, new Search(ags, kind, language, words), () -> find(ags, kind, language, words));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceView get(UUID id) {
        return view(services.findWithDistricts(id).orElseThrow(() -> ApiException.notFound("Service")));
    }

    private ServiceSearchResult find(String ags, String kind, String language, String words) {
        List<String> each = words == null ? List.of() : List.of(words.split("\\s+"));
        List<ServiceView> found = services.search(ags, kind).stream()
                .filter(s -> language == null || s.languages.contains(language))
                .filter(s -> each.stream().allMatch(word -> mentions(s, word)))
                .map(DirectoryService::view)
                .toList();
        DistrictRef district = ags == null
                ? null
                : programme.districts().stream()
                        .filter(d -> d.ags.equals(ags))
                        .map(d -> new DistrictRef(d.ags, d.name))
                        .findFirst()
                        .orElse(null);
        return new ServiceSearchResult(
                district, found.size(), List.copyOf(found.subList(0, Math.min(MAX_RESULTS, found.size()))));
    }

    private static boolean mentions(IntegrationService service, String word) {
        return contains(service.name, word) || contains(service.provider, word) || contains(service.description, word);
    }

    private static boolean contains(String text, String word) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(word);
    }

    /**
     * The area of a well-formed postal code, from the cache of public answers (postal code areas change only with a
     * release); 400 for a malformed code or one outside Saxony.
     */
    private PostalCodeArea areaOf(String field, String postalCode) {
        if (postalCode == null || !POSTAL_CODE.matcher(postalCode).matches()) {
            throw ApiException.invalid(FieldRule.POSTAL_CODE.on(field));
        }
        Optional<PostalCodeArea> area = answers.get(
                PublicAnswers.POSTAL_CODES,
                postalCode,
                () -> programme
                        .districtOfPostalCode(postalCode)
                        .map(district -> new PostalCodeArea(postalCode, new DistrictRef(district.ags, district.name))));
        return area.orElseThrow(() -> ApiException.invalid(FieldRule.OUTSIDE_SAXONY.on(field)));
    }

    /** The Saxon district of a postal code, if it has one (no error). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<District> districtOf(String postalCode) {
        return postalCode == null || !POSTAL_CODE.matcher(postalCode).matches()
                ? Optional.empty()
                : programme.districtOfPostalCode(postalCode);
    }

    // --- maintenance -----------------------------------------------------------------------------------------

    /** The districts whose services the caller maintains: all for the coordination entity, a lead's projects'. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> maintainedDistricts() {
        if (access.isCoordinator()) {
            Set<String> all = new TreeSet<>();
            programme.districts().forEach(d -> all.add(d.ags));
            return all;
        }
        Set<String> own = new TreeSet<>();
        for (ProjectRole membership : access.memberships()) {
            if (membership.isLead() && access.isLeadOf(membership.projectId())) {
                own.addAll(projects.districtsOf(membership.projectId()));
            }
        }
        return own;
    }

    public ServiceView create(@NotNull @Valid ServiceInput body) {
        checkDistricts(body);
        requireMaintains(body.districts());
        IntegrationService service = new IntegrationService();
        service.id = Ids.newId();
        apply(body, service);
        services.persist(service);
        services.flush();
        answers.changed(PublicAnswers.SERVICES);
        return view(service);
    }

    public long update(UUID id, long expectedVersion, @NotNull @Valid ServiceInput body) {
        IntegrationService service = services.findWithDistricts(id).orElseThrow(() -> ApiException.notFound("Service"));
        requireMaintains(service.districts);
        Versions.check(service.version, expectedVersion);
        checkDistricts(body);
        requireMaintains(body.districts());
        apply(body, service);
        services.flush();
        answers.changed(PublicAnswers.SERVICES);
        return service.version;
    }

    public void delete(UUID id, long expectedVersion) {
        IntegrationService service = services.findWithDistricts(id).orElseThrow(() -> ApiException.notFound("Service"));
        requireMaintains(service.districts);
        Versions.check(service.version, expectedVersion);
        services.delete(service);
        answers.changed(PublicAnswers.SERVICES);
    }

    private void requireMaintains(java.util.Collection<String> districts) {
        if (!maintainedDistricts().containsAll(districts)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "Project leads maintain the services of their projects' districts only");
        }
    }

    private void checkDistricts(ServiceInput body) {
        Set<String> unknown = programme.unknownDistricts(body.districts());
        if (!unknown.isEmpty()) {
            List<FieldRule.Violation> errors = new ArrayList<>();
            for (int i = 0; i < body.districts().size(); i++) {
                if (unknown.contains(body.districts().get(i))) {
                    errors.add(FieldRule.UNKNOWN_DISTRICT.on(
                            "districts[" + i + "]", "value", body.districts().get(i)));
                }
            }
            throw ApiException.invalid(errors);
        }
    }

    private static void apply(ServiceInput in, IntegrationService s) {
        s.name = in.name().strip();
        s.provider = in.provider().strip();
        s.kind = in.kind().code();
        s.description = blankToNull(in.description());
        s.street = in.address().street().strip();
        s.postalCode = in.address().postalCode();
        s.city = in.address().city().strip();
        s.latitude = in.position().latitude();
        s.longitude = in.position().longitude();
        s.phone = blankToNull(in.contact().phone());
        s.email = blankToNull(in.contact().email());
        s.website = blankToNull(in.contact().website());
        s.openingHours = blankToNull(in.contact().openingHours());
        s.languages = in.languages() == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(in.languages()));
        s.targetGroups = in.targetGroups() == null
                ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(
                        in.targetGroups().stream().map(ServiceAudience::code).toList()));
        s.demo = in.demo();
        s.districts.clear();
        s.districts.addAll(in.districts());
    }

    static ServiceView view(IntegrationService s) {
        return new ServiceView(
                s.id,
                s.name,
                s.provider,
                ServiceKind.of(s.kind),
                s.description,
                new Address(s.street, s.postalCode, s.city),
                new Position(s.latitude, s.longitude),
                new ServiceContact(s.phone, s.email, s.website, s.openingHours),
                s.districts.stream().sorted().toList(),
                List.copyOf(s.languages),
                s.targetGroups.stream().map(ServiceAudience::of).toList(),
                s.demo,
                s.version);
    }

    private static String codes(ServiceKind[] kinds) {
        return String.join(
                ", ", java.util.Arrays.stream(kinds).map(ServiceKind::code).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
