/**
 * A worker's record as the pages show it (employment history, cases held, recent allocations, supervision sessions)
 * and the words of the register's codes: read by the register's worker page and by the pages of other modules that
 * show a worker's own record, such as a social worker's caseload.
 *
 * <p>A named interface of the register rather than part of its pages: the pages are a nested module
 * (decision 0005), which no other top-level module may reach, and a page of another module showing a worker's
 * record must not make the register's pages depend on that module.
 */
@org.springframework.modulith.NamedInterface("records")
package uk.retain.workforce.records;
