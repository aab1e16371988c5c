package org.capexlens.calc;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.UsefulLifeChange;

/**
 * Vintage depreciation of one company's capex history in fiscal-year steps (DESIGN §3.2).
 * <p>
 * The model, in the company's fiscal time (fiscal year {@code t} spans {@code [t, t + 1)}):
 * <ul>
 * <li>the capex of fiscal year {@code v} splits into a short-lived part (share {@code s}) depreciated under the
 * policy's {@link LifeSchedule} and a long-lived part ({@code 1 − s}) depreciated over {@code L_long} under every
 * policy (so it cancels in ΔD); where a company has other equipment of its own (issue 10: share {@code e}, life
 * {@code L_e}, e.g. Amazon's heavy and fulfilment equipment), that part is depreciated over {@code L_e} under every
 * policy and the long-lived part is {@code 1 − s − e}. Both are reported together as the long-lived rest;</li>
 * <li>a vintage enters service at {@code v + lag} (full-year convention) or {@code v + lag + ½} (half-year
 * convention: capex spread over the year is in service half of it on average);</li>
 * <li>straight line on remaining net book value: over any stretch of {@code f} years in service,
 * {@code dep = NBV × min(f, remaining) / remaining} and {@code remaining −= min(f, remaining)}. Fractional lives (5.5)
 * end with a partial year and a vintage's depreciation sums to its cost exactly;</li>
 * <li>a change of life is prospective: at its date every vintage in service gets {@code remaining = newLife − age}
 * ({@code age} = time since it entered service) and its remaining book value is spread over that, or written off
 * at once when it is {@code <= 0}. Vintages entering service at or after the change start with the new life. A
 * change dated inside a fiscal year splits that year (months elapsed / 12; the day of the month is ignored).</li>
 * </ul>
 * Only the capex of the dataset is depreciated: the first years after the first capex year miss the depreciation of
 * older assets, which is why ΔD (same capex, two policies) is the figure to read, not the level of D.
 * <p>
 * Pure functions; no state.
 */
public final class DepreciationEngine {

    /** The life assumed for a company without a useful-life history, years. */
    public static final double FALLBACK_LIFE_YEARS = 5.0;

    /** Tolerance on fiscal time, years (far below a day, far above rounding of sums of twelfths). */
    static final double EPS = 1e-9;

    private static final double[] NONE = new double[0];

    private DepreciationEngine() {
    }

    // ---- fiscal time -------------------------------------------------------------------------------------------

    /**
     * The fiscal year a date falls in: the calendar year in which that fiscal year ends.
     *
     * @param date                not {@code null}.
     * @param fiscalYearEndMonth  1-12 (6 for Microsoft, 12 for calendar-year companies).
     */
    public static int fiscalYearOf(LocalDate date, int fiscalYearEndMonth) {
        return date.getMonthValue() > fiscalYearEndMonth ? date.getYear() + 1 : date.getYear();
    }

    /**
     * The fiscal time of a date: its fiscal year plus the whole months elapsed in it / 12. Microsoft's 2022-07-01
     * (fiscal year ending June) is {@code 2023.0}, the first day of FY2023; Meta's 2022-04-01 is {@code 2022.25}.
     *
     * @param date                not {@code null}.
     * @param fiscalYearEndMonth  1-12.
     */
    public static double fiscalTime(LocalDate date, int fiscalYearEndMonth) {
        return fiscalYearOf(date, fiscalYearEndMonth) + monthsIntoFiscalYear(date, fiscalYearEndMonth) / 12.0;
    }

    private static int monthsIntoFiscalYear(LocalDate date, int fiscalYearEndMonth) {
        return Math.floorMod(date.getMonthValue() - fiscalYearEndMonth - 1, 12);
    }

    // ---- policies ----------------------------------------------------------------------------------------------

    /**
     * A company's useful-life history for its short-lived (server) class: its {@code useful_lives} rows whose asset
     * class contains "server" (case-insensitive), or all its rows if none does; sorted by effective date, file order
     * kept among equal dates.
     *
     * @param dataset  not {@code null}.
     * @param company  company id.
     * @return the history, possibly empty.
     */
    public static List<UsefulLifeChange> serverLifeHistory(Dataset dataset, String company) {
        return serverLifeHistory(dataset.usefulLives().stream().filter(c -> c.company().equals(company)).toList());
    }

    /** {@link #serverLifeHistory(Dataset, String)} from one company's rows. */
    static List<UsefulLifeChange> serverLifeHistory(List<UsefulLifeChange> companyRows) {
        List<UsefulLifeChange> all = new ArrayList<>(companyRows);
        List<UsefulLifeChange> servers = new ArrayList<>();
        for (UsefulLifeChange c : companyRows) {
            if (c.assetClass().toLowerCase(Locale.ROOT).contains("server")) {
                servers.add(c);
            }
        }
        List<UsefulLifeChange> chosen = servers.isEmpty() ? all : servers;
        chosen.sort(Comparator.comparing(UsefulLifeChange::effectiveFrom));
        return List.copyOf(chosen);
    }

    /**
     * The life schedule of a policy for one company.
     * <ul>
     * <li>{@link DepreciationPolicy.Reported}: the history's first entry is the starting life, each later entry a
     * prospective change at its date. Entries falling in the same fiscal month are one change: the last in the
     * list wins. An empty history gives {@link #FALLBACK_LIFE_YEARS} for every vintage;</li>
     * <li>{@link DepreciationPolicy.Uniform}: its life for every vintage, the history ignored;</li>
     * <li>{@link DepreciationPolicy.SwitchTo}: the reported schedule's changes before the first day of fiscal year
     * {@code fromYear}, then a change to its life on that day.</li>
     * </ul>
     *
     * @param policy              not {@code null}.
     * @param history             the company's server history, sorted by date ({@link #serverLifeHistory}).
     * @param fiscalYearEndMonth  the company's fiscal year end month, 1-12.
     */
    public static LifeSchedule schedule(DepreciationPolicy policy, List<UsefulLifeChange> history,
            int fiscalYearEndMonth) {
        Objects.requireNonNull(policy, "policy");
        if (policy instanceof DepreciationPolicy.Uniform) {
            return LifeSchedule.uniform(((DepreciationPolicy.Uniform) policy).lifeYears());
        }
        LifeSchedule reported = reportedSchedule(history, fiscalYearEndMonth);
        if (policy instanceof DepreciationPolicy.SwitchTo) {
            DepreciationPolicy.SwitchTo sw = (DepreciationPolicy.SwitchTo) policy;
            List<LifeSchedule.Change> changes = new ArrayList<>();
            for (LifeSchedule.Change c : reported.changes()) {
                if (c.fiscalTime() < sw.fromYear() - EPS) {
                    changes.add(c);
                }
            }
            changes.add(new LifeSchedule.Change(sw.fromYear(), 0, sw.lifeYears()));
            return new LifeSchedule(reported.initialLifeYears(), changes);
        }
        return reported;
    }

    /** Whether {@code policy} reads the company's history (and so falls back when there is none). */
    static boolean usesHistory(DepreciationPolicy policy) {
        return !(policy instanceof DepreciationPolicy.Uniform);
    }

    private static LifeSchedule reportedSchedule(List<UsefulLifeChange> history, int fiscalYearEndMonth) {
        if (history.isEmpty()) {
            return LifeSchedule.uniform(FALLBACK_LIFE_YEARS);
        }
        List<LifeSchedule.Change> changes = new ArrayList<>();
        double initial = history.get(0).lifeYears();
        double initialTime = fiscalTime(history.get(0).effectiveFrom(), fiscalYearEndMonth);
        for (int i = 1; i < history.size(); i++) {
            UsefulLifeChange h = history.get(i);
            double time = fiscalTime(h.effectiveFrom(), fiscalYearEndMonth);
            LifeSchedule.Change c = new LifeSchedule.Change(fiscalYearOf(h.effectiveFrom(), fiscalYearEndMonth),
                    monthsIntoFiscalYear(h.effectiveFrom(), fiscalYearEndMonth) / 12.0, h.lifeYears(),
                    h.fleetShare());
            if (Math.abs(time - initialTime) < EPS && changes.isEmpty()) {
                initial = h.lifeYears(); // same month as the starting entry: it restates the starting life
            } else if (!changes.isEmpty() && Math.abs(changes.get(changes.size() - 1).fiscalTime() - time) < EPS) {
                changes.set(changes.size() - 1, c);
            } else {
                changes.add(c);
            }
        }
        return new LifeSchedule(initial, changes);
    }

    // ---- public depreciation ---------------------------------------------------------------------------------

    /**
     * Depreciates a capex history year by year and vintage by vintage.
     *
     * @param company      company id used to label the result, not {@code null}.
     * @param firstYear    fiscal year of {@code capex[0]}.
     * @param lastYear     last fiscal year reported, {@code >= firstYear}; capex beyond it is ignored.
     * @param lives        the short-lived fleet's life schedule, not {@code null}.
     * @param assumptions  share, long life, lag and convention, not {@code null}.
     * @param capex        capex per fiscal year from {@code firstYear}, USD billions, each {@code >= 0}.
     * @return the depreciation for the fiscal years {@code firstYear..lastYear}.
     */
    public static CompanyDepreciation depreciate(String company, int firstYear, int lastYear, LifeSchedule lives,
            VintageAssumptions assumptions, double... capex) {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(lives, "lives");
        Objects.requireNonNull(assumptions, "assumptions");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear must be >= firstYear, was " + lastYear + " < " + firstYear);
        }
        for (double c : capex) {
            if (!(c >= 0) || !Double.isFinite(c)) {
                throw new IllegalArgumentException("capex_usd_b must be >= 0, was " + c);
            }
        }
        return detail(company, firstYear, lastYear - firstYear + 1, capex, lives, assumptions, List.of());
    }

    /**
     * One company's depreciation in a scenario's world (capex filled and projected as in {@link EconomicsModel})
     * under {@code policy}, e.g. the scenario's policy and {@link DepreciationPolicy#REPORTED} side by side.
     *
     * @param dataset   not {@code null}.
     * @param scenario  supplies share (the company's own where it applies, issue 14), long life, lag, convention,
     *                  capex growth and horizon; not {@code null}.
     * @param company   company id.
     * @param policy    not {@code null}.
     * @return the depreciation, or empty when the company is unknown or has no capex.
     */
    public static Optional<CompanyDepreciation> depreciate(Dataset dataset, Scenario scenario, String company,
            DepreciationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Optional<Company> c = dataset.company(company);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Optional<CompanyInputs> in = CompanyInputs.of(dataset, c.get(), scenario.projectionEndYear(),
                scenario.capexGrowth());
        return in.map(inputs -> detail(company, inputs.firstYear, inputs.years(), inputs.fleet,
                schedule(policy, inputs.lifeHistory, c.get().fiscalYearEndMonth()),
                VintageAssumptions.of(scenario, c.get()), notices(inputs, policy)));
    }

    /** The notices of modelling {@code inputs} under {@code policy}: fallback life and filled capex years. */
    static List<ModelNotice> notices(CompanyInputs inputs, DepreciationPolicy policy) {
        List<ModelNotice> list = new ArrayList<>();
        if (inputs.lifeHistory.isEmpty() && usesHistory(policy)) {
            list.add(new ModelNotice(ModelNotice.Kind.NO_LIFE_HISTORY, inputs.id(), formatLife(FALLBACK_LIFE_YEARS)));
        }
        for (int y : inputs.filledYears) {
            list.add(new ModelNotice(ModelNotice.Kind.CAPEX_GAP_FILLED, inputs.id(), Integer.toString(y)));
        }
        return list;
    }

    static String formatLife(double years) {
        return years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years);
    }

    private static CompanyDepreciation detail(String company, int firstYear, int n, double[] capex, LifeSchedule lives,
            VintageAssumptions a, List<ModelNotice> notices) {
        double offset = a.placementOffset();
        int m = Math.min(n, capex.length);
        double[] shortD = new double[n];
        double[] longD = new double[n];
        double[] gross = new double[n];
        double[] maint = new double[n];
        double[][] shortV = new double[m][n];
        double[][] longV = new double[m][n];
        simulate(capex, m, firstYear, a.shortLivedShare(), offset, lives, shortD, shortV, gross, maint);
        simulate(capex, m, firstYear, 1 - a.shortLivedShare() - a.equipmentShare(), offset,
                LifeSchedule.uniform(a.longLivedLifeYears()), longD, longV, null, null);
        if (a.equipmentShare() > 0) {
            // Issue 10: other equipment keeps its own life under every policy; it joins the policy-independent rest.
            simulate(capex, m, firstYear, a.equipmentShare(), offset, LifeSchedule.uniform(a.equipmentLifeYears()),
                    longD, longV, null, null);
        }
        List<CompanyDepreciation.Year> years = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            years.add(new CompanyDepreciation.Year(firstYear + j, j < m ? capex[j] : 0, shortD[j] + longD[j], shortD[j],
                    longD[j], gross[j], maint[j]));
        }
        List<CompanyDepreciation.Vintage> vintages = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            vintages.add(new CompanyDepreciation.Vintage(firstYear + i, capex[i], boxed(shortV[i]), boxed(longV[i])));
        }
        return new CompanyDepreciation(company, years, vintages, notices);
    }

    private static List<Double> boxed(double[] a) {
        List<Double> list = new ArrayList<>(a.length);
        for (double v : a) {
            list.add(v);
        }
        return list;
    }

    // ---- fast paths used by the model ------------------------------------------------------------------------

    /**
     * Depreciation per fiscal year of the capex as if all of it were short-lived ({@code s = 1}); the model scales
     * it by {@code s} (depreciation is linear in the capex).
     */
    static double[] shortLivedUnit(double[] capex, int firstYear, LifeSchedule lives, double offset) {
        if (lives.changes().isEmpty()) {
            return convolve(capex, kernel(lives.initialLifeYears(), offset, capex.length));
        }
        double[] d = new double[capex.length];
        simulate(capex, capex.length, firstYear, 1, offset, lives, d, null, null, null);
        return d;
    }

    /** Time-weighted short-lived fleet cost and maintenance capex per fiscal year at {@code s = 1}. */
    static void fleetUnit(double[] capex, int firstYear, LifeSchedule lives, double offset, double[] gross,
            double[] maint) {
        simulate(capex, capex.length, firstYear, 1, offset, lives, new double[capex.length], null, gross, maint);
    }

    /**
     * Depreciation per year after the spending year of one unit of capex under a fixed life: {@code k[a]} is the
     * depreciation in the {@code a}-th fiscal year after the vintage's ({@code a = 0}: its own year). With no life
     * changes depreciation is time-invariant, so a company's depreciation is the convolution of its capex with this.
     * Only the first {@code maxLength} years are computed (a company's depreciation needs no more than its years).
     */
    static double[] kernel(double lifeYears, double offset, int maxLength) {
        double[] k = new double[(int) Math.max(1, Math.min(maxLength, Math.floor(offset + lifeYears) + 2))];
        simulate(new double[] {1}, 1, 0, 1, offset, lifeYears, NONE, NONE, k, null, null, null, null);
        return k;
    }

    /**
     * Depreciation in year index {@code j} at {@code s = 1} under one uniform life, in closed form: without changes a
     * vintage depreciates at {@code cost / life} per year of service, so year {@code j} gets each vintage's cost ×
     * (overlap of the year with its service interval) / life. Equal to {@link #kernel} and {@link #dot} up to
     * rounding, without allocating; used by the break-even search, which tries many lives.
     */
    static double uniformDepreciation(double[] capex, int j, double lifeYears, double offset) {
        int lo = (int) Math.floor(offset);
        double end = offset + lifeYears;
        int hi = (int) Math.min(j, Math.ceil(end) - 1);
        double sum = 0;
        for (int a = lo; a <= hi; a++) {
            double overlap = Math.min(a + 1, end) - Math.max(a, offset);
            if (overlap > 0) {
                sum += capex[j - a] * overlap;
            }
        }
        return sum / lifeYears;
    }

    /** {@code out[j] = Σ_a capex[j − a] · k[a]}. */
    static double[] convolve(double[] capex, double[] k) {
        int n = capex.length;
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            out[j] = dot(capex, k, j);
        }
        return out;
    }

    /** Depreciation in year index {@code j} of capex under kernel {@code k}. */
    static double dot(double[] capex, double[] k, int j) {
        double sum = 0;
        int top = Math.min(j, k.length - 1);
        for (int a = 0; a <= top; a++) {
            sum += capex[j - a] * k[a];
        }
        return sum;
    }

    private static void simulate(double[] capex, int vintages, int firstYear, double scale, double offset,
            LifeSchedule lives, double[] dep, double[][] perVintage, double[] gross, double[] maint) {
        simulate(capex, vintages, firstYear, scale, offset, lives, dep, perVintage, gross, maint, null);
    }

    /** {@link #simulate} that also adds each catch-up write-off to {@code writeOff} when it is not {@code null}. */
    private static void simulate(double[] capex, int vintages, int firstYear, double scale, double offset,
            LifeSchedule lives, double[] dep, double[][] perVintage, double[] gross, double[] maint,
            double[] writeOff) {
        if (lives.partial()) {
            // A change of part of the fleet: the weighted sum of whole-fleet schedules (LifeSchedule#branches).
            for (LifeSchedule.Branch b : lives.branches()) {
                simulate(capex, vintages, firstYear, scale * b.weight(), offset, b.schedule(), dep, perVintage, gross,
                        maint, writeOff);
            }
            return;
        }
        int nc = lives.changes().size();
        double[] times = new double[nc];
        double[] newLives = new double[nc];
        for (int i = 0; i < nc; i++) {
            times[i] = lives.changes().get(i).fiscalTime();
            newLives[i] = lives.changes().get(i).lifeYears();
        }
        simulate(capex, vintages, firstYear, scale, offset, lives.initialLifeYears(), times, newLives, dep, perVintage,
                gross, maint, writeOff);
    }

    /**
     * The vintage loop. Adds each vintage's depreciation (and, when the arrays are given, its time-weighted cost and
     * cost / life) to the year arrays, indexed by fiscal year − {@code firstYear}.
     */
    private static void simulate(double[] capex, int vintages, int firstYear, double scale, double offset,
            double initialLife, double[] times, double[] newLives, double[] dep, double[][] perVintage,
            double[] gross, double[] maint, double[] writeOff) {
        int n = dep.length;
        for (int i = 0; i < vintages; i++) {
            double cost = capex[i] * scale;
            if (!(cost > 0)) {
                continue;
            }
            double place = firstYear + i + offset;
            double life = initialLife;
            int k = 0;
            while (k < times.length && times[k] <= place + EPS) {
                life = newLives[k++];
            }
            double nbv = cost;
            double rem = life;
            int t = (int) Math.floor(place + EPS);
            for (int j = t - firstYear; j < n; j++, t++) {
                double yearEnd = t + 1.0;
                double segStart = Math.max(t, place);
                double d = 0;
                double served = 0;
                double servedOverLife = 0;
                while (true) {
                    boolean change = k < times.length && times[k] < yearEnd - EPS;
                    double f = (change ? times[k] : yearEnd) - segStart;
                    if (f > 0 && rem > 0) {
                        double used = Math.min(f, rem);
                        served += used;
                        servedOverLife += used / life;
                        if (f >= rem - EPS) {
                            d += nbv;
                            nbv = 0;
                            rem = 0;
                        } else {
                            double x = nbv * f / rem;
                            d += x;
                            nbv -= x;
                            rem -= f;
                        }
                    }
                    if (!change) {
                        break;
                    }
                    life = newLives[k];
                    if (nbv > 0) {
                        rem = life - (times[k] - place);
                        if (rem <= EPS) {
                            d += nbv; // an asset already older than the new life is written off at the change
                            if (writeOff != null) {
                                writeOff[j] += nbv;
                            }
                            nbv = 0;
                            rem = 0;
                        }
                    }
                    segStart = times[k];
                    k++;
                }
                dep[j] += d;
                if (perVintage != null) {
                    perVintage[i][j] += d;
                }
                if (gross != null) {
                    gross[j] += cost * served;
                    maint[j] += cost * servedOverLife;
                }
                if (nbv <= 0) {
                    break;
                }
            }
        }
    }

    // ---- issue 14: the catch-up write-off ----------------------------------------------------------------------

    /**
     * The catch-up write-off per fiscal year at {@code s = 1}: the book value of the vintages already older than a
     * shortened life, written off at the change (DESIGN §3.2). Part of {@link #shortLivedUnit}'s depreciation, never
     * added to it; all zero for a schedule without changes.
     *
     * @param capex      capex per fiscal year from {@code firstYear}, USD billions.
     * @param firstYear  fiscal year of {@code capex[0]}.
     * @param lives      the life schedule, not {@code null}.
     * @param offset     placement offset, years ({@link VintageAssumptions#placementOffset()}).
     */
    static double[] writeOffUnit(double[] capex, int firstYear, LifeSchedule lives, double offset) {
        double[] w = new double[capex.length];
        if (!lives.changes().isEmpty()) {
            simulate(capex, capex.length, firstYear, 1, offset, lives, new double[capex.length], null, null, null, w);
        }
        return w;
    }
}
