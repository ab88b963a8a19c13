package org.chainbreaker.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import io.micrometer.context.ContextRegistry;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * How GraphQL requests execute: clear errors for bodies that are not GraphQL requests; depth, complexity (also with
 * fragments expanded), answer-size and time limits (graphql-java instrumentation, a Spring interceptor), subscriptions
 * only over a streaming transport, controller methods on their own threads, a cache of parsed documents, and strict
 * page cursors.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlExecution {

  @Bean
  MaxQueryDepthInstrumentation maxQueryDepth(ApiProperties properties) {
    return new MaxQueryDepthInstrumentation(properties.maxQueryDepth());
  }

  @Bean
  MaxQueryComplexityInstrumentation maxQueryComplexity(ApiProperties properties) {
    return new MaxQueryComplexityInstrumentation(properties.maxQueryComplexity());
  }

  @Bean
  FragmentExpansionLimit fragmentExpansionLimit(ApiProperties properties) {
    return new FragmentExpansionLimit(properties.maxQueryDepth(), properties.maxQueryComplexity());
  }

  @Bean
  AnswerSizeLimit answerSizeLimit(ApiProperties properties) {
    return new AnswerSizeLimit(properties.maxAnswerValues());
  }

  @Bean
  GraphQlSourceBuilderCustomizer parsedQueryCache() {
    return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedQueryCache(500)));
  }

  /** Every connection's cursors (Boot's default, but a cursor that is not one is a clear error). */
  @Bean
  EncodingCursorStrategy<ScrollPosition> pageCursors() {
    return PageCursors.strategy();
  }

  /** Spring's HTTP handler for /graphql, with clear errors for bodies that are not GraphQL requests. */
  @Bean
  GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
    return new GraphQlRequestBodies(handler);
  }

  /** Ahead of Boot's routes for /graphql (order 0), which refuse these requests with an empty body. */
  @Bean
  @Order(-1)
  RouterFunction<ServerResponse> refusedGraphQlRequests(GraphQlProperties properties) {
    return GraphQlRequestBodies.refusedRequests(properties.getHttp().getPath());
  }

  @Bean
  ValidationMessages validationMessages() {
    return new ValidationMessages();
  }

  @Bean
  SubscriptionTransports subscriptionTransports() {
    return new SubscriptionTransports();
  }

  @Bean
  RequestTimeout requestTimeout(ApiProperties properties) {
    ContextRegistry.getInstance().registerThreadLocalAccessor(new RequestDeadlineAccessor());
    return new RequestTimeout(properties.requestTimeout());
  }

  /**
   * The servlet container ends an asynchronous request on its own timeout (Tomcat: 30 s) with a bare HTTP 503; keep
   * it longer than the GraphQL request timeout so clients get the TIMEOUT error instead.
   */
  @Bean
  WebMvcConfigurer asyncRequestsOutliveTheGraphQlTimeout(ApiProperties properties) {
    return new WebMvcConfigurer() {
      @Override
      public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        configurer.setDefaultTimeout(properties.requestTimeout().plusSeconds(30).toMillis());
      }
    };
  }

  /**
   * Runs the methods of {@link LongRunning} controllers on their own threads, so a request past its time limit is
   * answered at once instead of after the computation returns; the rest run on the request thread (their queries are
   * bounded by the request's deadline). Boot's configurer would use the application task executor, which Spring for
   * GraphQL declines for blocking work (it prefers short-lived tasks); and only on Java 21+ would it treat plain
   * methods as blocking. Otherwise configured as Boot does it.
   */
  @Bean
  AnnotatedControllerConfigurer annotatedControllerConfigurer(ControllerThreads controllerThreads,
      ObjectProvider<HandlerMethodArgumentResolver> argumentResolvers) {
    AnnotatedControllerConfigurer configurer = new AnnotatedControllerConfigurer();
    configurer.configureBinder(options -> options.conversionService(ApplicationConversionService.getSharedInstance()));
    configurer.setExecutor(controllerThreads.pool());
    configurer.setBlockingMethodPredicate(GraphQlExecution::blocks);
    argumentResolvers.orderedStream().forEach(configurer::addCustomArgumentResolver);
    return configurer;
  }

  /**
   * Threads for controller methods: reused while busy (creating one per call costs milliseconds on a loaded
   * machine), dropped after a minute idle. Unbounded on purpose: a bounded pool would block the threads that complete
   * parent fields while they hand on their child fields, and could deadlock under load; database sessions are
   * bounded by the driver's pool.
   */
  @Bean
  ControllerThreads controllerThreads() {
    AtomicInteger count = new AtomicInteger();
    return new ControllerThreads(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), task -> {
          Thread thread = new Thread(task, "graphql-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }));
  }

  /**
   * The pool, wrapped so that it is not an {@code Executor} bean: one would make Boot drop its application task
   * executor. Closed with the context.
   */
  record ControllerThreads(ExecutorService pool) implements AutoCloseable {
    @Override
    public void close() {
      pool.shutdown();
    }
  }

  private static boolean blocks(HandlerMethod method) {
    if (!method.getBeanType().isAnnotationPresent(LongRunning.class)) {
      return false;
    }
    Class<?> returned = method.getReturnType().getParameterType();
    return !(CompletionStage.class.isAssignableFrom(returned) || Publisher.class.isAssignableFrom(returned)
        || Callable.class.isAssignableFrom(returned));
  }
}
