/** The register's JSON API: importing a bundle and listing the authorities held. */
package uk.retain.workforce.web;
