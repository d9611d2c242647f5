/**
 * The dashboard page: an authority's DfE measures and their trend beside its region and England as DfE published
 * them, its caseload distribution, experience mix and permanent/agency mix, each as a chart with its table.
 */
package uk.retain.benchmarking.web;
