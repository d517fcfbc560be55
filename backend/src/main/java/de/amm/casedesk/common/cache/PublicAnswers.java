package de.amm.casedesk.common.cache;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers of the public endpoints, cached for a short while (the caches' lifetimes are set in
 * application.properties) so that anonymous traffic costs no queries. A write that changes what a public answer
 * shows drops that cache: at once and again when its transaction has ended, so that a read between the two cannot
 * keep the old answer.
 */
@ApplicationScoped
public class PublicAnswers {

    /** The project offices on the public map. */
    public static final String OFFICES = "public-offices";

    /** Searches of the directory of integration services. */
    public static final String SERVICES = "public-services";

    /** The public key results (headline and by district); expire only, figures follow the case records. */
    public static final String KEY_RESULTS = "public-key-results";

    /** The districts of postal codes (reference data that changes only with a migration). */
    public static final String POSTAL_CODES = "public-postal-codes";

    private final Map<String, Cache> caches;
    private final TransactionSynchronizationRegistry transactions;

    public PublicAnswers(
            @CacheName(OFFICES) Cache offices,
            @CacheName(SERVICES) Cache services,
            @CacheName(KEY_RESULTS) Cache keyResults,
            @CacheName(POSTAL_CODES) Cache postalCodes,
            TransactionSynchronizationRegistry transactions) {
        this.caches = Map.of(OFFICES, offices, SERVICES, services, KEY_RESULTS, keyResults, POSTAL_CODES, postalCodes);
        this.transactions = transactions;
    }

    /** The cached answer for the key, computed by {@code compute} when there is none (the key is never null). */
    @SuppressWarnings("unchecked")
    public <T> T get(String cache, Object key, Supplier<T> compute) {
        return (T) cache(cache).get(key, k -> compute.get()).await().indefinitely();
    }

    /** Drops every answer of the caches, now and after the current transaction (if any) has ended. */
    public void changed(String... names) {
        for (String name : names) {
            cache(name).invalidateAll().await().indefinitely();
        }
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    for (String name : names) {
                        cache(name).invalidateAll().await().indefinitely();
                    }
                }
            });
        }
    }

    private Cache cache(String name) {
        Cache cache = caches.get(name);
        if (cache == null) {
            throw new IllegalArgumentException("no cache " + name);
        }
        return cache;
    }
}
