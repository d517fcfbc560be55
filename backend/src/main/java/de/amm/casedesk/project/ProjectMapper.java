package de.amm.casedesk.project;

import de.amm.casedesk.project.ProjectApi.Address;
import de.amm.casedesk.project.ProjectApi.Contact;
import de.amm.casedesk.project.ProjectApi.Position;
import de.amm.casedesk.project.ProjectApi.ProjectInput;
import de.amm.casedesk.project.ProjectApi.ProjectView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

final class ProjectMapper {

    private ProjectMapper() {}

    static ProjectView toView(Project p) {
        return new ProjectView(
                p.id,
                p.name,
                p.carrier,
                new Address(p.street, p.postalCode, p.city),
                new Contact(p.phone, p.email, p.website, p.officeHours, List.copyOf(p.languages)),
                new Position(p.latitude, p.longitude),
                p.districts.stream().sorted().toList(),
                p.mentorPositions,
                p.yearlyFunding,
                p.version);
    }

    static void apply(ProjectInput in, Project p) {
        p.name = in.name().strip();
        p.carrier = in.carrier().strip();
        p.street = in.address().street().strip();
        p.postalCode = in.address().postalCode();
        p.city = in.address().city().strip();
        p.phone = blankToNull(in.contact().phone());
        p.email = blankToNull(in.contact().email());
        p.website = blankToNull(in.contact().website());
        p.officeHours = blankToNull(in.contact().officeHours());
        p.languages = in.contact().languages() == null
                ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(in.contact().languages()));
        p.latitude = in.position().latitude();
        p.longitude = in.position().longitude();
        p.mentorPositions = in.mentorPositions();
        p.yearlyFunding = in.yearlyFunding();
        p.districts.clear();
        p.districts.addAll(in.districts());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
