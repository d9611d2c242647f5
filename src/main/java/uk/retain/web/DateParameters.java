package uk.retain.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every date a request carries ({@code ?date=}, {@code ?from=}, a form's date) is read one way: ISO
 * {@code YYYY-MM-DD} between {@link ReferenceDate#EARLIEST} and {@link ReferenceDate#LATEST}. Anything else is a
 * type mismatch, which the API answers as a 400 problem document before any work is done; year −999999999 never
 * reaches a calculation.
 */
@ControllerAdvice
class DateParameters {

    @InitBinder
    void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : ReferenceDate.parse(text));
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }
}
