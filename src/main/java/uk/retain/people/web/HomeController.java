package uk.retain.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.retain.people.Viewers;

/** The start page sends each role to where its work is. */
@Controller
class HomeController {

    private final Viewers viewers;

    HomeController(Viewers viewers) {
        this.viewers = viewers;
    }

    @GetMapping("/")
    String home() {
        return "redirect:" + Navigation.home(viewers.require());
    }
}
