package de.amm.casedesk.referral;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outcomes for the demo's referrals (the demo data records them as waiting): older referrals have mostly been taken
 * up or completed, some declined; the last weeks' still wait. Deterministic per referral.
 */
@ApplicationScoped
public class DemoOutcomes {

    private final ReferralRepository referrals;
    private final Clock clock;
    private final boolean enabled;

    public DemoOutcomes(
            ReferralRepository referrals,
            Clock clock,
            @ConfigProperty(name = "amm.demo-data.enabled") boolean enabled) {
        this.referrals = referrals;
        this.clock = clock;
        this.enabled = enabled;
    }

    // after the demo case records (default observers run at APPLICATION + 500)
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!enabled) {
            return;
        }
        LocalDate settled = LocalDate.now(clock).minusWeeks(6);
        QuarkusTransaction.requiringNew().run(() -> {
            if (referrals.count("outcome <> ?1", ReferralOutcome.WAITING.code()) > 0) {
                return;
            }
            for (Referral referral : referrals.list("referredOn < ?1", settled)) {
                int draw = Math.floorMod(referral.id.hashCode(), 20);
                referral.outcome = (draw < 9
                                ? ReferralOutcome.COMPLETED
                                : draw < 15
                                        ? ReferralOutcome.ACCEPTED
                                        : draw < 18 ? ReferralOutcome.DECLINED : ReferralOutcome.WAITING)
                        .code();
            }
        });
    }
}
