package de.amm.casedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

/** The backend's shape: thin resources, features that meet only through services, common below all. */
@AnalyzeClasses(packages = "de.amm.casedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "de.amm.casedesk.";

    @ArchTest
    static final ArchRule resourcesDoNotTouchRepositories = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .because("resources map API models and pick status codes; services own data access");

    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage(ROOT + "common..")
            .should()
            .dependOnClassesThat(new DescribedPredicate<JavaClass>("belong to a feature") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().startsWith(ROOT)
                            && !c.getPackageName().startsWith(ROOT + "common")
                            && !c.getPackageName().equals(ROOT.substring(0, ROOT.length() - 1));
                }
            });

    @ArchTest
    static final ArchRule featuresUseOnlyEachOthersServicesAndApiModels = noClasses()
            .that()
            .resideInAPackage("de.amm.casedesk..")
            .should(new ArchCondition<JavaClass>("use another feature's repositories, entities or resources") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = feature(origin);
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        JavaClass target = dependency.getTargetClass();
                        String other = feature(target);
                        if (own == null || other == null || own.equals(other) || other.equals("common")) {
                            return;
                        }
                        boolean internal = target.getSimpleName().endsWith("Repository")
                                || target.getSimpleName().endsWith("Resource")
                                || target.isAnnotatedWith(Entity.class);
                        if (internal) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    });
                }
            });

    @ArchTest
    static final ArchRule onlyRepositoriesTouchTheDatabase = noClasses()
            .that(new DescribedPredicate<JavaClass>("are neither repositories nor the bulk writer") {
                @Override
                public boolean test(JavaClass c) {
                    String name = c.getSimpleName();
                    return !name.endsWith("Repository")
                            && !name.equals("CaseRecordWriter")
                            && !name.equals("BenchmarkData")
                            && !c.getPackageName().startsWith(ROOT + "common.persistence")
                            && !c.getName().contains("Repository$");
                }
            })
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.sql.DataSource")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("java.sql")
            .because("SQL lives in repositories (and the bulk writer) only; services handle rights and rules");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    private static String feature(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT)) {
            return null;
        }
        String rest = pkg.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
