package de.amm.casedesk.employer;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.codelist.Sector;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.employer.EmployerApi.EmployerInput;
import de.amm.casedesk.programme.ProgrammeService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Employers, shared by the mentors of a project; deleted (when entered by mistake) by the project's lead. */
@ApplicationScoped
@Transactional
public class EmployerService {

    static final String AUDIT_ENTITY = "employer";

    private final EmployerRepository employers;
    private final ProjectAccess access;
    private final AuditService audit;
    private final ProgrammeService programme;

    public EmployerService(
            EmployerRepository employers, ProjectAccess access, AuditService audit, ProgrammeService programme) {
        this.employers = employers;
        this.access = access;
        this.audit = audit;
        this.programme = programme;
    }

    public Employer get(UUID id) {
        Employer employer =
                employers.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Employer"));
        audited(List.of(employer));
        return employer;
    }

    public record Filter(UUID projectId, String nameContains, Sector sector, String district) {}

    public Page<Employer> list(Filter filter, PageRequest page) {
        if (filter.district() != null
                && !programme.unknownDistricts(List.of(filter.district())).isEmpty()) {
            throw ApiException.invalid(FieldRule.UNKNOWN_DISTRICT.on("district", "value", filter.district()));
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.projectId() != null) {
            where.add("projectId = :project");
            params.put("project", filter.projectId());
        }
        if (filter.nameContains() != null) {
            where.add("lower(name) like :name escape '\\'");
            params.put("name", NativeQuery.containing(filter.nameContains().toLowerCase()));
        }
        if (filter.sector() != null) {
            where.add("sector = :sector");
            params.put("sector", filter.sector().code());
        }
        if (filter.district() != null) {
            where.add("districtAgs = :district");
            params.put("district", filter.district());
        }
        Sort sort = page.sortField().equals("name")
                ? Sort.by("name", direction(page)).and("id")
                : Sort.by("createdAt", direction(page)).and("id");
        Page<Employer> found = employers.pageVisible(where, params, sort, access.readScope(), page);
        audited(found.items());
        return found;
    }

    public Employer create(@NotNull @Valid EmployerInput body) {
        UUID projectId = access.projectForNewRecord(body.projectId());
        checkDistrict(body);
        Employer employer = new Employer();
        employer.id = Ids.newId();
        employer.projectId = projectId;
        EmployerMapper.apply(body, employer);
        employers.persist(employer);
        employers.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, employer.id, projectId);
        return employer;
    }

    public Employer update(UUID id, long expectedVersion, @NotNull @Valid EmployerInput body) {
        Employer employer = writable(id);
        Versions.check(employer.version, expectedVersion);
        if (body.projectId() != null && !body.projectId().equals(employer.projectId)) {
            throw ApiException.invalid(FieldRule.IMMUTABLE.on("projectId"));
        }
        checkDistrict(body);
        EmployerMapper.apply(body, employer);
        employers.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, employer.projectId);
        return employer;
    }

    /** Deletes an employer entered by mistake; refused (409) while contacts or placements refer to it. */
    public void delete(UUID id, long expectedVersion) {
        Employer employer = writable(id);
        access.requireLeadForDeletion(employer.projectId);
        Versions.check(employer.version, expectedVersion);
        employers.delete(employer);
        employers.flush();
        audit.record(Action.DELETE, AUDIT_ENTITY, id, employer.projectId);
    }

    /** For contacts and placements: the employer, which must belong to {@code projectId}; 404 otherwise. */
    public EmployerRef requireInProject(UUID employerId, UUID projectId) {
        return employers
                .findVisible(employerId, access.writeScope())
                .filter(e -> e.projectId.equals(projectId))
                .map(e -> new EmployerRef(e.id, e.projectId, e.name, e.sector))
                .orElseThrow(() -> ApiException.invalid(FieldRule.NOT_PROJECT_EMPLOYER.on("employerId")));
    }

    /** Names of the employers the caller may see, by id, for lists of other records. */
    public Map<UUID, String> names(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        employers.listVisible(ids, access.readScope()).forEach(e -> names.put(e.id, e.name));
        return names;
    }

    /** An employer's record names its contact person: reads are audited like a mentee's records. */
    private void audited(List<Employer> read) {
        audit.recordAll(
                Action.READ,
                read.stream()
                        .map(e -> new Touched(AUDIT_ENTITY, e.id, e.projectId, null))
                        .toList());
    }

    private Employer writable(UUID id) {
        return employers.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Employer"));
    }

    private void checkDistrict(EmployerInput body) {
        if (body.district() != null
                && !programme.unknownDistricts(List.of(body.district())).isEmpty()) {
            throw ApiException.invalid(FieldRule.UNKNOWN_DISTRICT.on("district", "value", body.district()));
        }
    }

    private static Sort.Direction direction(PageRequest page) {
        return page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
    }
}
