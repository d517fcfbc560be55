package de.amm.casedesk.statistics;

import de.amm.casedesk.testing.SchemaOwner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Empties the database for the statistics tests: the key results count everything there is, so these tests
 * start from nothing. The tests build their case records with {@link de.amm.casedesk.testing.Records} (or, for
 * the bulk datasets, plain statements), and the statistics' triggers keep the fact tables in step, as they do
 * for the application.
 */
@ApplicationScoped
public class StatisticsData {

    private final EntityManager em;
    private final SchemaOwner owner;

    public StatisticsData(EntityManager em, SchemaOwner owner) {
        this.em = em;
        this.owner = owner;
    }

    /**
     * Removes every case record (mentees, employers and all that hangs on them) and the fact tables; only the
     * schema's owner may empty tables.
     */
    public void empty() {
        owner.execute(
                "truncate mentee, employer, case_file, activity, placement, follow_up, referral, mentee_project,"
                        + " stat_episode, stat_placement, stat_employer_day, stat_topic_day, stat_topic_month, stat_cell cascade");
    }

    /** Runs a statement as the application (for the bulk datasets). */
    public void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
