package uk.retain.people.web;

import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import uk.retain.web.ApiProblems;
import uk.retain.web.PageNotFound;
import uk.retain.web.ReferenceDate;

/**
 * What a request that fails in Spring MVC answers, decided by its address: under {@code /api/} a problem document
 * (RFC 9457), anywhere else the GOV.UK error page of its status, in the layout of every page. Spring Boot's own
 * problem details ({@code spring.mvc.problemdetails.enabled}) are off: they answered page addresses with JSON too.
 * Failures outside Spring MVC (a refusal by the security filters, an unexpected exception) reach {@link ErrorPageController},
 * which decides the same way.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAnswers {

    private final PageModel layout;
    /** Spring's mapping of its exceptions to statuses and problem documents, the same as Boot's. */
    private final ResponseEntityExceptionHandler problems = new ResponseEntityExceptionHandler() {
    };

    ErrorAnswers(PageModel layout, MessageSource messages) {
        this.layout = layout;
        problems.setMessageSource(messages);
    }

    /** Spring MVC's own exceptions, the ones {@link ResponseEntityExceptionHandler} answers (a bad parameter, 404...). */
    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class, MissingPathVariableException.class,
        MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
        ServletRequestBindingException.class, MethodArgumentNotValidException.class,
        HandlerMethodValidationException.class, NoHandlerFoundException.class, NoResourceFoundException.class,
        AsyncRequestTimeoutException.class, ErrorResponseException.class, MaxUploadSizeExceededException.class,
        ConversionNotSupportedException.class, TypeMismatchException.class, HttpMessageNotReadableException.class,
        HttpMessageNotWritableException.class, MethodValidationException.class, AsyncRequestNotUsableException.class})
    Object spring(Exception exception, HttpServletRequest request, WebRequest web) throws Exception {
        ResponseEntity<Object> problem = problems.handleException(exception, web);
        if (problem == null) {
            return new ModelAndView(); // the response is already committed: nothing more to write
        }
        return ApiProblems.isApi(path(request)) ? problem : page(problem.getStatusCode(), request);
    }

    /** Retain's own: a page that is not there or not the viewer's, and a {@code ?date=} that is not a date. */
    @ExceptionHandler({PageNotFound.class, ReferenceDate.NotADate.class})
    Object retain(RuntimeException exception, HttpServletRequest request) {
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
        HttpStatus status = annotated == null ? HttpStatus.INTERNAL_SERVER_ERROR : annotated.code();
        if (ApiProblems.isApi(path(request))) {
            return ResponseEntity.status(status).body(ApiProblems.of(status));
        }
        return page(status, request);
    }

    private ModelAndView page(HttpStatusCode status, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error", status);
        layout.fill(page.getModelMap(), request);
        page.addObject("status", status.value());
        return page;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
