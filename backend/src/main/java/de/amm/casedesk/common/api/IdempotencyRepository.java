package de.amm.casedesk.common.api;

import de.amm.casedesk.common.persistence.NativeQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The stored first answers to Idempotency-Keys, per caller, kept for 24 hours and then purged. */
@ApplicationScoped
public class IdempotencyRepository {

    /** The first answer to a key: the request's hash, the status and where the record is (no body: no names). */
    record Stored(String hash, int status, String location) {}

    private final EntityManager em;

    public IdempotencyRepository(EntityManager em) {
        this.em = em;
    }

    Optional<Stored> find(String caller, String key) {
        return new NativeQuery()
                .append(
                        "select request_hash, status, location from idempotency_record where caller = ?"
                                + " and key = ? and created_at > now() - interval '24 hours'",
                        caller,
                        key)
                .first(em, row -> new Stored(row.text("request_hash"), row.integer("status"), row.text("location")));
    }

    /** Claims the key before the work is done (a second request with it waits for this transaction). */
    void claim(String caller, String key, String hash) {
        new NativeQuery()
                .append(
                        "insert into idempotency_record (caller, key, request_hash, status) values (?, ?, ?, 0)",
                        caller,
                        key,
                        hash)
                .execute(em);
    }

    void answer(String caller, String key, int status, String location) {
        new NativeQuery()
                .append(
                        "update idempotency_record set status = ?, location = ? where caller = ? and key = ?",
                        status,
                        location,
                        caller,
                        key)
                .execute(em);
    }

    /** Removes the answers older than 24 hours; returns how many. */
    public int deleteExpired() {
        return new NativeQuery()
                .append("delete from idempotency_record where created_at < now() - interval '24 hours'")
                .execute(em);
    }

    /** How many answers are older than 24 hours (a retention dry run). */
    public long countExpired() {
        return new NativeQuery()
                .append("select count(*) as expired from idempotency_record where created_at < now() - interval"
                        + " '24 hours'")
                .single(em, row -> row.count("expired"));
    }
}
