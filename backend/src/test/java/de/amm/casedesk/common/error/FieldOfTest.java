package de.amm.casedesk.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a Bean Validation violation becomes a field error: its path and its rule, without the application. */
class FieldOfTest {

    record Contact(@NotNull @Size(max = 5) String email) {}

    record Body(
            @NotNull String name,
            @jakarta.validation.Valid Contact contact,
            List<@Pattern(regexp = "[a-z]{2,3}", message = "{field.language_code}") String> languages,
            @Size(max = 2) List<String> topics) {}

    private final Validator validator = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void nestedFieldsAndListElementsKeepTheirPath() {
        Set<ConstraintViolation<Body>> violations =
                validator.validate(new Body(null, new Contact("far-too-long"), List.of("de", "X1"), List.of()));
        Map<String, String> codes = new java.util.TreeMap<>();
        for (ConstraintViolation<Body> violation : violations) {
            String field = ProblemMappers.fieldOf(violation.getPropertyPath());
            codes.put(
                    field, ProblemMappers.ruleOf(violation).apply(field).rule().code());
        }
        assertThat(codes)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("name", "required", "contact.email", "too_long", "languages[1]", "language_code"));
    }

    @Test
    void aListThatIsTooLongIsTooMany() {
        var violation = validator
                .validate(new Body("x", null, null, List.of("a", "b", "c")))
                .iterator()
                .next();
        var error = ProblemMappers.ruleOf(violation).apply("topics").render(Locale.ENGLISH);
        assertThat(error.code()).isEqualTo("too_many");
        assertThat(error.message()).isEqualTo("must have at most 2 entries");
        assertThat(error.params()).containsEntry("max", "2");
    }

    @Test
    void everyRuleHasAGermanAndAnEnglishMessageWithItsParametersFilled() {
        for (FieldRule rule : FieldRule.values()) {
            Map<String, String> params = Map.ofEntries(
                    Map.entry("max", "9"),
                    Map.entry("min", "1"),
                    Map.entry("allowed", "a, b"),
                    Map.entry("other", "x"),
                    Map.entry("value", "v"),
                    Map.entry("integer", "3"),
                    Map.entry("fraction", "2"),
                    Map.entry("scope", "counselling"));
            String german = rule.message(Locale.GERMAN, params);
            String english = rule.message(Locale.ENGLISH, params);
            assertThat(german).as(rule.code()).doesNotContain("{").isNotEqualTo(english);
            assertThat(english).as(rule.code()).doesNotContain("{");
        }
    }
}
