package io.aitbc.service.models;

/** Name and description of a model, as its owner gives them. */
public record ModelDraft(String name, String description) {
}
