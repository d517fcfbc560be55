package de.amm.casedesk.staff;

import de.amm.casedesk.staff.AccountDirectory.Account;
import de.amm.casedesk.staff.StaffApi.NewMember;
import java.util.UUID;

/** The database side of adding a member, as {@link TeamOnboarding} drives it (implemented by {@link StaffService}). */
public interface TeamRecords {

    /** Checks that the caller may add this person to the team; returns the normalised e-mail address. */
    String checkAddable(UUID projectId, NewMember body);

    /** Stores the membership (committed when this returns). */
    StaffService.Added add(UUID projectId, NewMember body, Account account);

    /** Takes back a membership stored a moment ago. */
    void undoAdd(UUID membershipId);
}
