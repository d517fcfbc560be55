package de.amm.casedesk.employer;

import de.amm.casedesk.codelist.Sector;
import de.amm.casedesk.codelist.SizeClass;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.employer.EmployerApi.ContactPerson;
import de.amm.casedesk.employer.EmployerApi.EmployerInput;
import de.amm.casedesk.employer.EmployerApi.EmployerView;

final class EmployerMapper {

    private EmployerMapper() {}

    static EmployerView toView(Employer e) {
        return new EmployerView(
                e.id,
                e.projectId,
                e.name,
                Coded.ofNullable(Sector.class, e.sector),
                Coded.ofNullable(SizeClass.class, e.sizeClass),
                e.districtAgs,
                new ContactPerson(e.contactName, e.contactPhone, e.contactEmail),
                e.notes,
                e.version,
                e.createdAt,
                e.updatedAt);
    }

    static void apply(EmployerInput in, Employer e) {
        e.name = in.name().strip();
        e.sector = Coded.codeOf(in.sector());
        e.sizeClass = Coded.codeOf(in.sizeClass());
        e.districtAgs = in.district();
        ContactPerson contact = in.contact();
        e.contactName = contact == null ? null : blankToNull(contact.name());
        e.contactPhone = contact == null ? null : blankToNull(contact.phone());
        e.contactEmail = contact == null ? null : blankToNull(contact.email());
        e.notes = blankToNull(in.notes());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
