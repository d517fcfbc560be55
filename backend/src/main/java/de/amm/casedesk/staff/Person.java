package de.amm.casedesk.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A member of staff (mentor, project lead) or an integration client; linked to a Keycloak user. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    /** The Keycloak user id (the token's "sub"); null until the person has an account. */
    @Column(name = "keycloak_user_id")
    public String keycloakUserId;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
