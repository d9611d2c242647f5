package uk.retain.caseload.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A team that does not exist or that the viewer may not see: the two answer alike (404), as on the team page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PageNotFound extends RuntimeException {

    PageNotFound() {
        super(null, null, false, false);
    }
}
