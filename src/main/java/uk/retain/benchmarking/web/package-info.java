/**
 * The dashboard page: an authority's DfE measures and their trend beside its region and England as DfE published
 * them, its statistical neighbours, its caseload distribution, experience mix and permanent/agency mix, each as a
 * chart with its table. {@link uk.retain.benchmarking.web.NeighbourTable}, the neighbours in words for the page
 * fragment {@code fragments/neighbours}, is offered to the reports.
 */
@org.springframework.modulith.NamedInterface("web")
package uk.retain.benchmarking.web;
