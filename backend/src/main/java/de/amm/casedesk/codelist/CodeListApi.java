package de.amm.casedesk.codelist;

import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of the code lists. */
public final class CodeListApi {

    private CodeListApi() {}

    @Schema(name = "Code", description = "One value of a code list")
    public record Code(@Schema(examples = "female") String code, Labels labels) {}

    @Schema(name = "CodeLists", description = "Every code list of the API, with German and English labels")
    public record CodeLists(
            List<Code> gender,
            List<Code> residenceStatus,
            List<Code> qualification,
            List<Code> recognitionStatus,
            List<Code> germanLevel,
            List<Code> referralSource,
            List<Code> consentScope,

            @Schema(description = "ISO 3166-1 alpha-2, plus XX for stateless or unclear")
            List<Code> nationality,

            @Schema(description = "WZ 2008 sections") List<Code> sector,
            List<Code> sizeClass,
            List<Code> closingReason,
            List<Code> channel,
            List<Code> topic,
            List<Code> placementType,
            List<Code> placementEndReason,
            List<Code> followUpResult,
            List<Code> documentKind) {

        static final CodeLists ALL = new CodeLists(
                codes(Gender.class),
                codes(ResidenceStatus.class),
                codes(Qualification.class),
                codes(RecognitionStatus.class),
                codes(GermanLevel.class),
                codes(ReferralSource.class),
                codes(ConsentScope.class),
                Nationalities.list(),
                codes(Sector.class),
                codes(SizeClass.class),
                codes(ClosingReason.class),
                codes(Channel.class),
                codes(Topic.class),
                codes(PlacementType.class),
                codes(PlacementEndReason.class),
                codes(FollowUpResult.class),
                codes(DocumentKind.class));
    }

    static <E extends Enum<E> & Coded> List<Code> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> new Code(value.code(), value.labels()))
                .toList();
    }
}
