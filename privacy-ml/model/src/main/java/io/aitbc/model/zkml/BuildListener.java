package io.aitbc.model.zkml;

/** Receives a circuit build's progress (e.g. a batch job's step context, a log, a console). */
@FunctionalInterface
public interface BuildListener {
    BuildListener NONE = e -> { };

    void onEvent(BuildEvent event);
}
