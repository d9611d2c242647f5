/**
 * The reports of an authority from its live data: the members' report for elected members and the Ofsted pack, each
 * as a page, a PDF drawn from the page's own templates (with its SVG charts) and an XLSX workbook with one sheet per
 * table. Aggregates only: the members' report has no row about one person and withholds counts under
 * {@value uk.retain.measures.Suppression#THRESHOLD} (and the rates made from them); the Ofsted pack adds each team's
 * figures. Downloaded by senior leaders and the workforce lead of the authority.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = {"workforce", "measures", "measures :: *", "people", "web", "web :: *", "benchmarking",
                "benchmarking :: web", "caseload", "supervision", "development", "census"})
package uk.retain.reports;
