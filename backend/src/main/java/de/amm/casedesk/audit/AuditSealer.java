package de.amm.casedesk.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Seals the audit rows written since the last run into the hash chain, every few seconds. Two backends on one
 * database take turns (the sealing function locks); running twice seals nothing twice.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    private final AuditRepository trail;

    public AuditSealer(AuditRepository trail) {
        this.trail = trail;
    }

    @Scheduled(every = "${amm.audit.seal-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void seal() {
        int sealed = trail.seal(10_000);
        if (sealed > 0) {
            LOG.debugf("Sealed %d audit events", sealed);
        }
    }

    /** Once a day the chain's head goes to the log, outside the database, as an anchor to check it against. */
    @Scheduled(cron = "${amm.audit.anchor-cron:0 5 0 * * ?}", timeZone = "Europe/Berlin")
    @Transactional
    void anchor() {
        var integrity = trail.integrity();
        LOG.infof(
                "Audit chain: %d events sealed, head %s%s",
                integrity.sealed(),
                integrity.headHash(),
                integrity.brokenAtSeq() == null ? "" : ", BROKEN at " + integrity.brokenAtSeq());
    }
}
