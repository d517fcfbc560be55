package de.amm.casedesk.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every refused access to personal data goes to the audit trail: a signed-in caller who is refused (403) a path
 * of personal data, or who asks for a record they may not see or that does not exist (404, the same answer by
 * design). Requests without a valid token (401) name no one and are left to the access log: writing a row for
 * each would let anyone fill the trail. A refusal by role happens before the request reaches a worker thread, so
 * the row is written on one.
 */
public class RefusedAccessAudit {

    /** The first path segment of each collection of personal data, and the kind of record the trail names. */
    static final Map<String, String> ENTITIES = Map.of(
            "mentees", "mentee",
            "cases", "case",
            "activities", "activity",
            "placements", "placement",
            "follow-ups", "follow_up",
            "referrals", "referral",
            "employers", "employer",
            "caseload", "mentee",
            "audit", "audit");

    private final AuditService audit;
    private final CurrentIdentityAssociation identities;

    public RefusedAccessAudit(AuditService audit, CurrentIdentityAssociation identities) {
        this.audit = audit;
        this.identities = identities;
    }

    @ServerResponseFilter
    public Uni<Void> refused(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        Optional<Target> target = status == 403 || status == 404
                ? target(request.getUriInfo().getPath()).filter(t -> status == 403 || t.id() != null)
                : Optional.empty();
        if (target.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().chain(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom()
                    .item(() -> {
                        audit.refused(
                                token.getSubject(),
                                identity.getRoles(),
                                target.get().entity(),
                                target.get().id());
                        return (Void) null;
                    })
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        });
    }

    record Target(String entity, UUID id) {}

    /** The record a path addresses: {@code /mentees/{id}/consents} is the mentee's, {@code /cases} the list. */
    static Optional<Target> target(String path) {
        List<String> segments = List.of(path.replaceFirst("^/+", "").split("/"));
        int at = segments.indexOf("v1") + 1;
        if (at >= segments.size() || !ENTITIES.containsKey(segments.get(at))) {
            return Optional.empty();
        }
        UUID id = null;
        if (at + 1 < segments.size()) {
            try {
                id = UUID.fromString(segments.get(at + 1));
            } catch (IllegalArgumentException notAnId) {
                // a sub-collection or an action, such as /mentees/duplicates
            }
        }
        return Optional.of(new Target(ENTITIES.get(segments.get(at)), id));
    }
}
