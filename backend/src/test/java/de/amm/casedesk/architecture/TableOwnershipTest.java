package de.amm.casedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.common.persistence.ReadModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No feature reads another feature's tables except through a named read model: the SQL in each repository's
 * source may name its own feature's tables, and others only where the class says so with {@link ReadModel}.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/de/amm/casedesk");

    /** Which feature each table belongs to. */
    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("district", "programme"),
            Map.entry("programme_phase", "programme"),
            Map.entry("project", "project"),
            Map.entry("project_district", "project"),
            Map.entry("person", "staff"),
            Map.entry("project_membership", "staff"),
            Map.entry("mentee", "mentee"),
            Map.entry("mentee_project", "mentee"),
            Map.entry("employer", "employer"),
            Map.entry("case_file", "casefile"),
            Map.entry("case_assistant", "casefile"),
            Map.entry("activity", "activity"),
            Map.entry("placement", "placement"),
            Map.entry("follow_up", "followup"),
            Map.entry("referral", "referral"),
            Map.entry("audit_event", "audit"),
            Map.entry("statistics_report", "statistics"),
            Map.entry("idempotency_record", "common"));

    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");

    @Test
    void repositoriesReadOtherFeaturesTablesOnlyAsNamedReadModels() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> repositories;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            repositories = files.filter(f -> f.getFileName().toString().endsWith("Repository.java"))
                    .toList();
        }
        assertThat(repositories).as("repositories found").hasSizeGreaterThan(10);
        for (Path file : repositories) {
            String feature = SOURCES.relativize(file).getName(0).toString();
            String source = Files.readString(file);
            Set<String> declared = declaredReadModelTables(file);
            Matcher tables = TABLE.matcher(sqlOf(source));
            while (tables.find()) {
                String table = tables.group(1);
                String owner = OWNER.get(table);
                boolean foreign = owner != null && !owner.equals(feature) && !owner.equals("common");
                if (foreign && !declared.contains(table)) {
                    violations.add(file.getFileName() + " reads " + table + " of feature " + owner);
                }
            }
        }
        assertThat(violations)
                .as("a repository reading another feature's table must be a @ReadModel naming it")
                .isEmpty();
    }

    /** The SQL of a source file: the contents of its string literals. */
    private static String sqlOf(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(source);
        while (literal.find()) {
            sql.append(literal.group(1)).append(' ');
        }
        return sql.toString().toLowerCase();
    }

    private static Set<String> declaredReadModelTables(Path file) throws IOException {
        String className = "de.amm.casedesk."
                + SOURCES.relativize(file).toString().replace('/', '.').replace(".java", "");
        try {
            ReadModel model = Class.forName(className).getAnnotation(ReadModel.class);
            return model == null ? Set.of() : Set.of(model.tables());
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }
}
