package uk.retain.people.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import uk.retain.web.ApiProblems;

/**
 * The container's error address ({@code /error}), where a failure outside Spring MVC ends: a refusal by the pages'
 * security filters, an exception no handler answered. A request to the API gets a problem document, any other the
 * GOV.UK error page, whatever it accepts (Spring Boot's own error controller would give a page JSON unless it
 * asked for HTML). Never a stack trace or an exception's message.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(request.getContextPath().length(), uri.toString().length()));
        if (ApiProblems.isApi(path)) {
            return ResponseEntity.status(status).body(ApiProblems.of(status));
        }
        // The layout's attributes come from PageModel, as for any page.
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value < 600) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
