package fr.cfa.backoffice.platform.web;

import fr.cfa.backoffice.platform.problem.Problem;
import fr.cfa.backoffice.platform.problem.ProblemType;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose body has not fully arrived {@code backoffice.http.body-timeout} after it started is
 * answered 408 problem+json and its connection closed, so a client that sends slowly (by accident or to
 * tie up the server) cannot hold a worker thread. Set below {@code quarkus.http.read-timeout}, which would
 * otherwise close the connection without an answer.
 */
@ApplicationScoped
public class RequestBodyTimeout {
    @Inject
    Vertx vertx;

    @ConfigProperty(name = "backoffice.http.body-timeout", defaultValue = "10s")
    Duration timeout;

    void install(@Observes Router router) {
        router.route().order(-1_000).handler(context -> {
            if (context.request().isEnded()) {
                context.next();
                return;
            }
            long timer = vertx.setTimer(timeout.toMillis(), id -> {
                if (context.request().isEnded() || context.response().ended() || context.response().headWritten()) return;
                ProblemType kind = ProblemType.REQUEST_TIMEOUT;
                String body = new JsonObject().put("type", kind.uri()).put("title", kind.title()).put("status", kind.status())
                        .put("detail", "The request body did not arrive within " + timeout.toSeconds() + " s")
                        .put("instance", context.request().path()).encode();
                context.response().setStatusCode(kind.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(body).onComplete(done -> context.request().connection().close());
            });
            context.addEndHandler(done -> vertx.cancelTimer(timer));
            context.next();
        });
    }
}
