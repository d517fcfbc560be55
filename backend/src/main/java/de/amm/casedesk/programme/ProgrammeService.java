package de.amm.casedesk.programme;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The programme's reference data for the rest of the application. */
@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeRepository programme;

    public ProgrammeService(ProgrammeRepository programme) {
        this.programme = programme;
    }

    public List<District> districts() {
        return programme.districts();
    }

    public List<ProgrammePhase> phases() {
        return programme.phases();
    }

    /** The codes among {@code codes} that are not Saxon districts. */
    public Set<String> unknownDistricts(Collection<String> codes) {
        return programme.unknownDistricts(codes);
    }

    /** The Saxon district a postal code lies in (by its postal code area), if it lies in Saxony. */
    public Optional<District> districtOfPostalCode(String postalCode) {
        return programme
                .districtOfPostalCode(postalCode)
                .flatMap(ags ->
                        districts().stream().filter(d -> d.ags.equals(ags)).findFirst());
    }
}
