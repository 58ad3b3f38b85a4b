package nl.adviestracker;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

/** The package structure: each feature owns its screens, features do not go round in circles. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.adviestracker");

    @Test
    void webHoldsOnlyTheSharedScreenMachineryNoPages() {
        noClasses()
                .that()
                .resideInAPackage("nl.adviestracker.web")
                .should()
                .beAnnotatedWith(Controller.class)
                .because("a page belongs to the feature whose screen it is")
                .check(MAIN);
    }

    @Test
    void featuresUseOnlyWebsMachinery() {
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.adviestracker.web")
                .should()
                .dependOnClassesThat(resideInAPackage("nl.adviestracker.web").and(annotatedWith(Controller.class)))
                .check(MAIN);
    }

    /**
     * Between the features (one slice per package under nl.adviestracker). The web machinery is left
     * out for now: its Frame and CSRF classes read account.SignedInUser while account's login page
     * uses the machinery, so account and web still tie each other; moving the signed-in user out of
     * account touches every controller and waits until the parallel branches are merged.
     */
    @Test
    void noPackageCyclesBetweenFeatures() {
        slices().matching("nl.adviestracker.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(resideInAPackage("nl.adviestracker.web"), DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("nl.adviestracker.web"))
                .check(MAIN);
    }
}
