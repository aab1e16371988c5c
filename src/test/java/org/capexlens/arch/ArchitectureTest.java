package org.capexlens.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of STYLE.md ("file → io → domain → calc → chart → ui / export / cli"), checked on the main
 * classes so that it holds when nobody is watching. Packages that do not exist yet (calc, chart, export) are
 * named already: a rule about them starts to bite the day they appear.
 */
@AnalyzeClasses(packages = "org.capexlens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] UI_AND_FORMAT_LIBRARIES = {
        "javafx..", "org.apache.poi..", "com.fasterxml.jackson..", "org.jfree.."};

    @ArchTest
    static final ArchRule modelImportsNoUiFormatOrChartLibrary = noClasses()
            .that().resideInAnyPackage("org.capexlens.domain..", "org.capexlens.calc..")
            .should().dependOnClassesThat().resideInAnyPackage(UI_AND_FORMAT_LIBRARIES)
            .because("domain and calc are pure Java: the same model serves the app, the CLI and the tests");

    @ArchTest
    static final ArchRule calcWritesNoUserText = noClasses()
            .that().resideInAPackage("org.capexlens.calc..")
            .should().dependOnClassesThat().resideInAPackage("org.capexlens.text..")
            .because("calc returns values (notices, legend parts); chart.ModelText words them for ui, export and cli");

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
            .that().resideInAnyPackage("org.capexlens.io", "org.capexlens.io.csv", "org.capexlens.io.xlsx")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("io.json holds the Jackson DTOs of datasets; the shared import core stays format-neutral");

    @ArchTest
    static final ArchRule ioDependsOnNothingAboveIt = noClasses()
            .that().resideInAPackage("org.capexlens.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.capexlens.chart..",
                    "org.capexlens.export..", "org.capexlens.cli..", "org.capexlens.ui..")
            .because("data flows file → io → domain → calc → chart → ui/export/cli");

    /**
     * The one exception to "io sits below calc": scenario files and the compute command's JSON are the file form
     * of calc's value types (Scenario and its parts, ModelResult), so io.json reads and writes them. Nothing
     * else in io may touch calc, and io.json may not call the engine.
     */
    @ArchTest
    static final ArchRule ioTouchesCalcOnlyToSerialiseItsValueTypes = noClasses()
            .that().resideInAPackage("org.capexlens.io..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.capexlens.calc..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(
                            org.capexlens.calc.Scenario.class, org.capexlens.calc.DepreciationPolicy.class,
                            org.capexlens.calc.DepreciationPolicy.Reported.class,
                            org.capexlens.calc.DepreciationPolicy.Uniform.class,
                            org.capexlens.calc.DepreciationPolicy.SwitchTo.class,
                            org.capexlens.calc.Convention.class, org.capexlens.calc.RatioNumerator.class,
                            org.capexlens.calc.ModelResult.class))))
            .because("io may serialise calc's value types (scenarios, results) but never compute");

    @ArchTest
    static final ArchRule noClassStartsItsOwnThread = noClasses()
            .should().callConstructorWhere(JavaCall.Predicates.target(owner(assignableTo(Thread.class))))
            .because("background work goes through TaskRunner (STYLE habit 6), never new Thread");
}
