package de.amm.casedesk.codelist;

import de.amm.casedesk.common.api.Labels;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Nationalities as ISO 3166-1 alpha-2 codes, plus XX for stateless or not yet clarified. */
public final class Nationalities {

    public static final String UNKNOWN = "XX";

    private static final Set<String> CODES = Stream.concat(Arrays.stream(Locale.getISOCountries()), Stream.of(UNKNOWN))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final List<CodeListApi.Code> LIST = Stream.concat(
                    Arrays.stream(Locale.getISOCountries())
                            .map(code -> new CodeListApi.Code(
                                    code,
                                    new Labels(
                                            Locale.of("", code).getDisplayCountry(Locale.GERMAN),
                                            Locale.of("", code).getDisplayCountry(Locale.ENGLISH))))
                            .sorted(Comparator.comparing(
                                    (CodeListApi.Code c) -> c.labels().de())),
                    Stream.of(
                            new CodeListApi.Code(UNKNOWN, new Labels("Staatenlos / ungeklärt", "Stateless / unclear"))))
            .toList();

    private Nationalities() {}

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    static List<CodeListApi.Code> list() {
        return LIST;
    }

    /** German and English names of a nationality code (the code itself if unknown). */
    public static Labels labels(String code) {
        return LIST.stream()
                .filter(c -> c.code().equals(code))
                .map(CodeListApi.Code::labels)
                .findFirst()
                .orElse(new Labels(code, code));
    }
}
