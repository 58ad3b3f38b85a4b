package nl.adviestracker;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.bind.binders.RequestArgumentBinder;
import io.micronaut.http.filter.HttpFilter;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.filters.AuthenticationFetcher;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemResponses;
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
     * A use case is any class of a feature package that is not at the HTTP edge. The edge is: the
     * controllers (annotated {@code @Controller}, or named *Api, *Page, *Pages, *Controller), HTTP filters,
     * exception handlers, authentication fetchers, request argument binders and the session cookie; and
     * the packages that are all machinery: web, shared, tenancy and database. Use cases throw a
     * {@code ProblemException} with a {@code ProblemStatus}, which the edge turns into an HTTP answer.
     */
    private static final DescribedPredicate<JavaClass> USE_CASES =
            new DescribedPredicate<>(
                    "use cases (feature classes other than controllers, pages, filters, handlers, fetchers, binders)") {
                @Override
                public boolean test(JavaClass type) {
                    // nested classes and Micronaut's generated bean definitions ($AdvicePage$Definition$Exec)
                    // stand for the class in whose source they are
                    String binary =
                            type.getName().substring(type.getPackageName().length() + 1);
                    String source = type.getPackageName() + "."
                            + binary.replaceFirst("^\\$", "").split("\\$")[0];
                    JavaClass outer = MAIN.contain(source) ? MAIN.get(source) : type;
                    String name = outer.getSimpleName();
                    boolean machinery =
                            outer.getPackageName().matches("nl\\.adviestracker\\.(web|shared|tenancy|database)(\\..*)?")
                                    || outer.getPackageName().equals("nl.adviestracker");
                    boolean controller =
                            outer.isAnnotatedWith(Controller.class) || name.matches(".*(Api|Page|Pages|Controller)");
                    boolean adapter = outer.isAssignableTo(HttpFilter.class)
                            || outer.isAnnotatedWith(ServerFilter.class)
                            || outer.isAssignableTo(ExceptionHandler.class)
                            || outer.isAssignableTo(AuthenticationFetcher.class)
                            // Micronaut's OpenID client hands its result over to a login handler as HTTP
                            || outer.isAssignableTo(io.micronaut.security.handlers.LoginHandler.class)
                            || outer.isAssignableTo(RequestArgumentBinder.class)
                            || name.endsWith("Cookie");
                    return !machinery && !controller && !adapter;
                }
            };

    @Test
    void useCasesAreTheFeatureClassesBehindTheEdge() {
        assertThat(USE_CASES.test(MAIN.get(AdviceRegister.class))).isTrue();
        assertThat(USE_CASES.test(MAIN.get(AuditLog.class))).isTrue();
        assertThat(USE_CASES.test(MAIN.get("nl.adviestracker.advice.AdviceApi")))
                .isFalse();
        assertThat(USE_CASES.test(MAIN.get("nl.adviestracker.dossier.$DraftPages$Definition$Exec")))
                .isFalse();
        assertThat(USE_CASES.test(MAIN.get(ProblemResponses.class))).isFalse();
    }

    @Test
    void useCasesDoNotImportHttp() {
        noClasses()
                .that(USE_CASES)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.micronaut.http..")
                .because("HTTP is the edge's business: a use case refuses with a ProblemException, the edge answers")
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

    /**
     * "Today" is a date in Groningen, not on the server: between 23:00 and 01:00 UTC the two differ.
     * Dates come from the injected clock (Europe/Amsterdam) or from DutchDates.ZONE.
     */
    @Test
    void todayIsAlwaysTakenInTheMunicipalitysTimeZone() {
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(java.time.Year.class, "now")
                .orShould()
                .callMethod(java.time.YearMonth.class, "now")
                .orShould()
                .callMethod(java.time.ZoneId.class, "systemDefault")
                .because("the server's time zone is not the municipality's")
                .check(MAIN);
    }
}
