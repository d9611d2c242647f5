package uk.retain.caseload.web;

import org.springframework.beans.factory.annotation.Autowired;

import uk.retain.caseload.CaseloadPolicies;
import uk.retain.support.PageTest;

/** The caseload page tests: the small bundle with the default caseload policy (see {@link PageTest}). */
abstract class CaseloadPageTest extends PageTest {

    @Autowired
    CaseloadPolicies policies;
}
