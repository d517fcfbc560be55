package de.amm.casedesk.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of staff, memberships and the caller's own profile. */
public final class StaffApi {

    private StaffApi() {}

    @Schema(name = "Member", description = "A person working in a project")
    public record MemberView(
            UUID personId,
            @Schema(examples = "Lena Hoffmann") String name,

            @Schema(examples = "lena.hoffmann@amm-demo.example", nullable = true)
            String email,

            @Schema(enumeration = {"mentor", "project_lead", "integration"})
            String role,

            @Schema(examples = "2024-02-01") LocalDate startedOn,

            @Schema(description = "Whether the person can log in")
            boolean hasAccount) {}

    /**
     * An address that can be a login name in Keycloak, whose user names refuse most of the characters that e-mail
     * addresses may contain ({@code ! # $ % & ' * / = ? ^ ` { | } ~}): letters, digits, "." "_" "+" "-" before
     * the @ (at most 64, no dot first, last or twice), domain labels of letters, digits and inner hyphens.
     */
    static final String ACCOUNT_EMAIL = "(?=[^@]{1,64}@)[\\p{L}\\p{N}_+-]+(?:\\.[\\p{L}\\p{N}_+-]+)*"
            + "@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?"
            + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+";

    /** A person's name as Keycloak takes it: none of the characters its person-name validator refuses. */
    static final String ACCOUNT_NAME = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()]*";

    @Schema(name = "NewMember", description = "A person to add to a project's team")
    public record NewMember(
            @NotBlank
            @Size(max = 254)
            @Pattern(regexp = ACCOUNT_EMAIL, message = "{field.email}")
            @Schema(examples = "jana.schulz@amm-demo.example")
            String email,

            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = ACCOUNT_NAME, message = "{field.name_characters}")
            @Schema(examples = "Jana")
            String firstName,

            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = ACCOUNT_NAME, message = "{field.name_characters}")
            @Schema(examples = "Schulz")
            String lastName,

            @NotNull
            @Pattern(regexp = "mentor|project_lead", message = "{field.one_of}")
            @Schema(enumeration = {"mentor", "project_lead"})
            String role) {}

    @Schema(name = "AccountSetup", description = "What happened to the person's login account")
    public record AccountSetup(
            @Schema(description = "True when the account was created now, false when an existing one was linked")
            boolean created,

            @Schema(examples = "jana.schulz@amm-demo.example")
            String username,

            @Schema(
                    nullable = true,
                    description = "One-time password of a new account, shown only in this response; it must be"
                            + " changed at the first login")
            String initialPassword) {}

    @Schema(name = "AddedMember")
    public record AddedMember(MemberView member, AccountSetup account) {}

    @Schema(name = "MyProject", description = "A project the caller works in")
    public record MyProject(
            UUID id,

            @Schema(examples = "Arbeitsmarktmentoren Leipzig")
            String name,

            String role) {}

    @Schema(name = "Me", description = "The caller: name, roles and projects")
    public record MeView(
            @Schema(description = "Keycloak user id") String subject,

            @Schema(
                    description = "The caller's person id as member of staff (lead mentor of cases etc.)",
                    nullable = true)
            UUID personId,

            @Schema(examples = "mentor.leipzig", nullable = true)
            String username,

            @Schema(examples = "Lena Hoffmann", nullable = true)
            String name,

            @Schema(nullable = true) String email,
            @Schema(examples = "[\"mentor\"]") List<String> roles,
            List<MyProject> projects) {}
}
