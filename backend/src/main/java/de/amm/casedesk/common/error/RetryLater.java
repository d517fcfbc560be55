package de.amm.casedesk.common.error;

/** 429: the caller has spent its budget; answered with a Retry-After header. */
public class RetryLater extends ApiException {

    private final long retryAfterSeconds;

    public RetryLater(String detail, long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_REQUESTS, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
