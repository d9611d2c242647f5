package uk.retain.people.security;

import uk.retain.people.Account;

/** A signed-in principal, however the user signed in, carries their Retain account. */
public interface SignedIn {

    Account account();
}
