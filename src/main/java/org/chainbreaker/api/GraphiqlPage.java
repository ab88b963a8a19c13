package org.chainbreaker.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** GraphiQL at /graphiql, served from the jar (webjars), since the machines investigators use have no internet. */
@Controller
class GraphiqlPage {

  @GetMapping("/graphiql")
  String graphiql() {
    return "forward:/graphiql/index.html";
  }
}
