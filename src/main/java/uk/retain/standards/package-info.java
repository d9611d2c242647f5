/**
 * The LGA's eight Employer Standards for social work employers, as a council's own health check: for each
 * standard, the evidence Retain already holds (figures of the measures JSON on the day, and the register's own
 * facts), a self-assessed rating with its reasons, and an action plan with owners and dates, kept year by year.
 * The LGA's 2025-26 Health Check covers adults' services only (domain.md §4.5), so children's services assess
 * themselves here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employer Standards health check",
        allowedDependencies = {"workforce", "measures", "measures :: *", "exits", "people", "web", "web :: *"})
package uk.retain.standards;
