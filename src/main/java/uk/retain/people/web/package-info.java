/** The pages of people and access: sign-in, users, and the audit trail. */
package uk.retain.people.web;
