package de.amm.casedesk.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads the programme's reference data: districts and funding phases. */
@ApplicationScoped
public class ProgrammeRepository {

    private final EntityManager em;

    public ProgrammeRepository(EntityManager em) {
        this.em = em;
    }

    public List<District> districts() {
        return em.createQuery("from District order by ags", District.class).getResultList();
    }

    public List<ProgrammePhase> phases() {
        return em.createQuery("from ProgrammePhase order by startsOn", ProgrammePhase.class)
                .getResultList();
    }

    /** The codes among {@code codes} that are not districts. */
    public Set<String> unknownDistricts(Collection<String> codes) {
        Set<String> unknown = new TreeSet<>(codes);
        if (!unknown.isEmpty()) {
            unknown.removeAll(em.createQuery("select d.ags from District d where d.ags in :codes", String.class)
                    .setParameter("codes", codes)
                    .getResultList());
        }
        return unknown;
    }

    /** The district of a postal code: the area with the longest matching prefix, if any. */
    public Optional<String> districtOfPostalCode(String postalCode) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery(
                        "select district_ags from postal_code_area where ?1 like prefix || '%'"
                                + " order by length(prefix) desc limit 1")
                .setParameter(1, postalCode)
                .getResultList();
        return found.stream().findFirst();
    }
}
