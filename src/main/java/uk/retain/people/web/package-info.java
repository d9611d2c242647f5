/** The pages of people and access: sign-in and users. */
package uk.retain.people.web;
