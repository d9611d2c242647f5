/** Sign-in: local accounts with lockout, the council's OpenID Connect provider when configured, and the rules of the filter chains. */
package uk.retain.people.security;
