package de.amm.casedesk.employer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Retention of employers' enquiries (docs/gdpr.md): an enquiry holds the personal data of an employer's contact and
 * is deleted, whatever its status, once it was received before the retention rule's cutoff. A cooperation that grew
 * out of it lives on in the project's employer record.
 */
@ApplicationScoped
public class EnquiryRetention {

    private final EmployerEnquiryRepository enquiries;

    public EnquiryRetention(EmployerEnquiryRepository enquiries) {
        this.enquiries = enquiries;
    }

    /** How many enquiries were received before the moment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countReceivedBefore(Instant cutoff) {
        return enquiries.count("receivedAt < ?1", cutoff);
    }

    /** Deletes the enquiries received before the moment; how many went. */
    @Transactional
    public long deleteReceivedBefore(Instant cutoff) {
        return enquiries.delete("receivedAt < ?1", cutoff);
    }
}
