package org.capexlens.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.junit.ArchTag;

/**
 * The layering of STYLE.md ("file → io → domain → calc → chart → ui / export / cli"), checked on the main
 * classes so that it holds when nobody is watching. Packages that do not exist yet (calc, chart, export) are
 * named already: a rule about them starts to bite the day they appear.
 */
@ArchTag("slow")
@AnalyzeClasses(packages = "org.capexlens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /**
     * A dependency that an {@link AllowedDependency} on its origin class (or a class that one is nested in) names:
     * the target itself or a class the target is nested in. Rules that admit exceptions ignore exactly these.
     */
    private static final DescribedPredicate<Dependency> ALLOWED = new DescribedPredicate<>(
            "named by @AllowedDependency on its origin") {
        @Override
        public boolean test(Dependency d) {
            for (JavaClass origin = d.getOriginClass(); origin != null;
                    origin = origin.getEnclosingClass().orElse(null)) {
                if (!origin.isAnnotatedWith(AllowedDependency.class)) {
                    continue;
                }
                Object[] allowed = (Object[]) origin.getAnnotationOfType(AllowedDependency.class.getName())
                        .get("value").orElse(new Object[0]);
                for (JavaClass target = d.getTargetClass(); target != null;
                        target = target.getEnclosingClass().orElse(null)) {
                    for (Object a : allowed) {
                        if (((JavaClass) a).getName().equals(target.getName())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    };

    private static final String[] UI_AND_FORMAT_LIBRARIES = {
        "javafx..", "org.apache.poi..", "com.fasterxml.jackson..", "org.jfree.."};

    @ArchTest
    static final ArchRule modelImportsNoUiFormatOrChartLibrary = noClasses()
            .that().resideInAnyPackage("org.capexlens.domain..", "org.capexlens.scenario..", "org.capexlens.calc..")
            .should().dependOnClassesThat().resideInAnyPackage(UI_AND_FORMAT_LIBRARIES)
            .because("domain and calc are pure Java: the same model serves the app, the CLI and the tests");

    @ArchTest
    static final ArchRule domainDependsOnNothingElseOfTheApp = noClasses()
            .that().resideInAPackage("org.capexlens.domain..")
            .should().dependOnClassesThat(resideInAPackage("org.capexlens..")
                    .and(not(resideInAPackage("org.capexlens.domain.."))))
            .because("the domain records are the bottom layer");

    @ArchTest
    static final ArchRule nothingDependsOnTheUi = noClasses()
            .that().resideOutsideOfPackage("org.capexlens.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.capexlens.ui..")
            .because("the CLI and the export run without JavaFX; the UI sits on top");

    @ArchTest
    static final ArchRule poiOnlyInTheSpreadsheetReaderAndTheExport = noClasses()
            .that().resideOutsideOfPackages("org.capexlens.io.xlsx..", "org.capexlens.export..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("io.xlsx is the only POI reader and export the only POI writer");

    @ArchTest
    static final ArchRule jacksonOnlyInIo = noClasses()
            .that().resideOutsideOfPackage("org.capexlens.io..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("JSON goes through io (datasets in io.json, scenarios in io); DTOs never leak out");

    @ArchTest
    static final ArchRule importCoreAndOtherReadersUseNoJackson = noClasses()
            .that().resideInAnyPackage("org.capexlens.io", "org.capexlens.io.load", "org.capexlens.io.csv",
                    "org.capexlens.io.xlsx")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("io.json holds the Jackson DTOs of datasets; the shared import core stays format-neutral");

    @ArchTest
    static final ArchRule ioDependsOnNothingAboveIt = noClasses()
            .that().resideInAPackage("org.capexlens.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.capexlens.chart..",
                    "org.capexlens.export..", "org.capexlens.cli..", "org.capexlens.ui..")
            .because("data flows file → io → domain → calc → chart → ui/export/cli");

    @ArchTest
    static final ArchRule ioNeverComputes = classes()
            .that().resideInAPackage("org.capexlens.io..")
            .should(ArchConditions.onlyHaveDependenciesWhere(not(Dependency.Predicates.dependencyTarget(
                    resideInAPackage("org.capexlens.calc.."))).or(ALLOWED)))
            .because("io reads files into the domain; scenarios live below calc, and a class that writes a calc"
                    + " result says so with @AllowedDependency");

    @ArchTest
    static final ArchRule scenariosSitBelowCalc = noClasses()
            .that().resideInAPackage("org.capexlens.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("org.capexlens.calc..", "org.capexlens.io..",
                    "org.capexlens.chart..", "org.capexlens.export..", "org.capexlens.cli..", "org.capexlens.ui..",
                    "org.capexlens.text..")
            .because("a scenario is a value type over the domain: calc, io and ui use it, it uses none of them");

    /** Every package is a slice; together they form a directed graph without cycles (issue 12). */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.capexlens.(**)")
            .should().beFreeOfCycles()
            .because("one-way packages can be read, tested and changed one at a time");

    @ArchTest
    static final ArchRule viewModelsNeverTouchTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a view model is tested without a toolkit; controls, nodes and the clipboard belong to views");

    @ArchTest
    static final ArchRule chartAndCalcNeverImportJavaFx = noClasses()
            .that().resideInAnyPackage("org.capexlens.chart..", "org.capexlens.calc..", "org.capexlens.scenario..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the same charts and model serve the CLI and the export without a toolkit");

    @ArchTest
    static final ArchRule calcWritesNoUserText = noClasses()
            .that().resideInAnyPackage("org.capexlens.calc..", "org.capexlens.scenario..")
            .should().dependOnClassesThat().resideInAPackage("org.capexlens.text..")
            .because("calc returns values (notices, legend parts); chart.ModelText words them for ui, export and cli");

    @ArchTest
    static final ArchRule everyExceptionSaysWhy = classes()
            .that().areAnnotatedWith(AllowedDependency.class)
            .should(new ArchCondition<JavaClass>("give a reason in @AllowedDependency") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    Object reason = c.getAnnotationOfType(AllowedDependency.class.getName())
                            .get("reason").orElse("");
                    if (reason.toString().isBlank()) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " has a blank reason"));
                    }
                }
            });

    @ArchTest
    static final ArchRule noClassStartsItsOwnThread = noClasses()
            .should().callConstructorWhere(JavaCall.Predicates.target(owner(assignableTo(Thread.class))))
            .because("background work goes through TaskRunner (STYLE habit 6), never new Thread");

    @ArchTest
    static final ArchRule onlyTheCompositionRootKnowsTheUiRoot = noClasses()
            .that().resideInAPackage("org.capexlens.ui..").and().resideOutsideOfPackage("org.capexlens.ui")
            .should().dependOnClassesThat().resideInAPackage("org.capexlens.ui")
            .because("the ui root (App, Launcher) wires the screens together; the screens do not reach back up");

    @ArchTest
    static final ArchRule uiCommonIsTheBottomOfTheUi = noClasses()
            .that().resideInAPackage("org.capexlens.ui.common..")
            .should().dependOnClassesThat(resideInAPackage("org.capexlens.ui..")
                    .and(not(resideInAPackage("org.capexlens.ui.common.."))))
            .because("the shared infrastructure (task runner, dialogs, theme, tables) serves every screen");
}
