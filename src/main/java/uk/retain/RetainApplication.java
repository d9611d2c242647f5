package uk.retain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RetainApplication {

    public static void main(String[] args) {
        SpringApplication.run(RetainApplication.class, args);
    }
}
