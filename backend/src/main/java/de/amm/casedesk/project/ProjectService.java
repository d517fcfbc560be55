package de.amm.casedesk.project;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.cache.PublicAnswers;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.programme.ProgrammeService;
import de.amm.casedesk.project.ProjectApi.ProjectInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The project directory: public reads, changes by the coordination entity and the project's lead. */
@ApplicationScoped
@Transactional
public class ProjectService {

    private final ProjectRepository projects;
    private final ProgrammeService programme;
    private final ProjectAccess access;
    private final AuditService audit;
    private final PublicAnswers answers;

    public ProjectService(
            ProjectRepository projects,
            ProgrammeService programme,
            ProjectAccess access,
            AuditService audit,
            PublicAnswers answers) {
        this.projects = projects;
        this.programme = programme;
        this.access = access;
        this.audit = audit;
        this.answers = answers;
    }

    public List<Project> directory(String districtAgs) {
        return projects.directory(districtAgs);
    }

    /** The projects serving a district (all when null) as the public sees them, by name. */
    public List<ProjectApi.ProjectView> serving(String districtAgs) {
        return projects.directory(districtAgs).stream()
                .map(ProjectMapper::toView)
                .toList();
    }

    /** The districts a project serves (none if there is no such project). */
    public Set<String> districtsOf(UUID id) {
        return projects.findWithDistricts(id).map(p -> Set.copyOf(p.districts)).orElse(Set.of());
    }

    public Project get(UUID id) {
        return projects.findWithDistricts(id).orElseThrow(() -> ApiException.notFound("Project"));
    }

    /** Every project's id (the directory is public). */
    public List<UUID> ids() {
        return projects.directory(null).stream().map(p -> p.id).toList();
    }

    public boolean exists(UUID id) {
        return projects.count("id", id) > 0;
    }

    /** Project names by id, for lists that show where a person works. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            projects.list("id in ?1", ids).forEach(p -> names.put(p.id, p.name));
        }
        return names;
    }

    public Project create(@NotNull @Valid ProjectInput body) {
        checkDistricts(body);
        checkNameFree(body.name(), null);
        Project project = new Project();
        project.id = Ids.newId();
        ProjectMapper.apply(body, project);
        projects.persist(project);
        projects.flush();
        audit.record(Action.CREATE, "project", project.id, project.id);
        answers.changed(PublicAnswers.OFFICES);
        return project;
    }

    /** Replaces the project's data; only the coordination entity and the project's own lead may. */
    public Project update(UUID id, long expectedVersion, @NotNull @Valid ProjectInput body) {
        Project project = get(id);
        if (!access.isCoordinator() && !access.isLeadOf(id)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "Only the coordination entity and the project's lead may change it");
        }
        Versions.check(project.version, expectedVersion);
        checkDistricts(body);
        checkNameFree(body.name(), id);
        ProjectMapper.apply(body, project);
        projects.flush();
        audit.record(Action.UPDATE, "project", id, id);
        answers.changed(PublicAnswers.OFFICES);
        return project;
    }

    private void checkDistricts(ProjectInput body) {
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

    private void checkNameFree(String name, UUID exceptId) {
        if (projects.nameTaken(name.strip(), exceptId)) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "A project with this name exists already",
                    List.of(FieldRule.TAKEN.on("name")));
        }
    }
}
