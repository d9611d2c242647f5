package uk.retain.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.retain.people.Viewers;

/** The start page sends each role to where its work is. */
@Controller
class HomeController {

    private final Viewers viewers;
    private final Navigation navigation;

    HomeController(Viewers viewers, Navigation navigation) {
        this.viewers = viewers;
        this.navigation = navigation;
    }

    @GetMapping("/")
    String home() {
        return "redirect:" + navigation.home(viewers.require());
    }
}
