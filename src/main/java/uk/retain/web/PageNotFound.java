package uk.retain.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page that does not exist, or one the viewer may not see: the two answer alike (404), so that changing an
 * id in the address never tells whether a team or worker exists in another manager's scope.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageNotFound extends RuntimeException {

    public PageNotFound() {
        super(null, null, false, false);
    }
}
