package de.amm.casedesk.staff;

import de.amm.casedesk.staff.StaffApi.AccountSetup;
import de.amm.casedesk.staff.StaffApi.AddedMember;
import de.amm.casedesk.staff.StaffApi.MemberView;

final class StaffMapper {

    private StaffMapper() {}

    static MemberView toView(Membership m) {
        return new MemberView(
                m.person.id,
                m.person.displayName,
                m.person.email,
                m.role,
                m.startedOn,
                m.person.keycloakUserId != null);
    }

    static AddedMember toView(StaffService.Added added) {
        return new AddedMember(
                toView(added.membership()),
                new AccountSetup(
                        added.account().created(),
                        added.account().username(),
                        added.account().initialPassword()));
    }
}
