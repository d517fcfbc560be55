package de.amm.casedesk.project;

import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.cache.PublicAnswers;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.project.OfficeApi.OfficeInput;
import de.amm.casedesk.project.OfficeApi.OfficeView;
import de.amm.casedesk.project.OfficeApi.OfficesInput;
import de.amm.casedesk.project.ProjectApi.Address;
import de.amm.casedesk.project.ProjectApi.Position;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The offices of the projects on the public map: read by everybody (cached), branches kept by the project. */
@ApplicationScoped
@Transactional
public class OfficeService {

    private final ProjectOfficeRepository offices;
    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final PublicAnswers answers;

    public OfficeService(
            ProjectOfficeRepository offices, ProjectRepository projects, ProjectAccess access, PublicAnswers answers) {
        this.offices = offices;
        this.projects = projects;
        this.access = access;
        this.answers = answers;
    }

    /** Every office of every project, projects by name, each project's main office first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeView> publicOffices() {
        return answers.get(PublicAnswers.OFFICES, "all", this::load);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeView> ofProject(UUID projectId) {
        Project project = projects.findWithDistricts(projectId).orElseThrow(() -> ApiException.notFound("Project"));
        return offices.ofProject(projectId).stream().map(o -> view(o, project)).toList();
    }

    /** Replaces the project's branches; for the coordination entity and the project's lead. Returns the version. */
    public long replaceBranches(UUID projectId, long expectedVersion, @NotNull @Valid OfficesInput body) {
        Project project = projects.findWithDistricts(projectId).orElseThrow(() -> ApiException.notFound("Project"));
        if (!access.managesProject(projectId)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "Only the coordination entity and the project's lead may change it");
        }
        Versions.check(project.version, expectedVersion);
        offices.deleteBranches(projectId);
        int position = 1;
        for (OfficeInput in : body.branches()) {
            ProjectOffice office = new ProjectOffice();
            office.id = Ids.newId();
            office.projectId = projectId;
            office.main = false;
            office.label = blankToNull(in.label());
            office.street = in.address().street().strip();
            office.postalCode = in.address().postalCode();
            office.city = in.address().city().strip();
            office.phone = blankToNull(in.phone());
            office.openingHours = blankToNull(in.openingHours());
            office.latitude = in.position().latitude();
            office.longitude = in.position().longitude();
            office.position = position++;
            offices.persist(office);
        }
        projects.newVersion(project);
        projects.flush();
        answers.changed(PublicAnswers.OFFICES);
        return project.version;
    }

    private List<OfficeView> load() {
        Map<UUID, Project> byId =
                projects.directory(null).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<OfficeView> views = new ArrayList<>();
        for (ProjectOffice office : offices.all()) {
            Project project = byId.get(office.projectId);
            if (project != null) {
                views.add(view(office, project));
            }
        }
        views.sort(java.util.Comparator.comparing(OfficeView::projectName)
                .thenComparing(v -> !v.main())
                .thenComparing(v -> v.address().city()));
        return List.copyOf(views);
    }

    private static OfficeView view(ProjectOffice o, Project p) {
        return new OfficeView(
                o.id,
                p.id,
                p.name,
                p.carrier,
                o.main,
                o.label,
                new Address(o.street, o.postalCode, o.city),
                new Position(o.latitude, o.longitude),
                o.phone,
                p.email,
                p.website,
                o.openingHours,
                List.copyOf(p.languages),
                p.districts.stream().sorted().toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
