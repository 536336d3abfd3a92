package org.govhall.casework;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/** The events of some types published while it is open (try-with-resources), for the casework tests. */
public final class RaisedEvents implements AutoCloseable {

	private final Queue<Object> raised = new ConcurrentLinkedQueue<>();

	private final ConfigurableApplicationContext context;

	private final ApplicationListener<PayloadApplicationEvent<?>> listener;

	private RaisedEvents(ConfigurableApplicationContext context, List<Class<?>> types) {
		this.context = context;
		this.listener = event -> {
			if (types.stream().anyMatch(type -> type.isInstance(event.getPayload()))) {
				raised.add(event.getPayload());
			}
		};
		context.addApplicationListener(listener);
	}

	public static RaisedEvents of(ConfigurableApplicationContext context, Class<?>... types) {
		return new RaisedEvents(context, List.of(types));
	}

	public Stream<Object> stream() {
		return raised.stream();
	}

	@Override
	public void close() {
		context.removeApplicationListener(listener);
	}
}
