package io.aitbc.client.api;

/** One event of a text/event-stream: its name ("message" when unnamed) and data. */
public record ServerSentEvent(String name, String data) {
}
