package uk.retain.workforce.web;

import uk.retain.support.PageTest;

/** The workforce page tests: the small bundle, as every page test has it (see {@link PageTest}). */
abstract class WorkforcePageTest extends PageTest {
}
