package io.aitbc.model.ir;

/**
 * What the model applies to its last layer's values (the logits). The predicted class is the argmax of the
 * logits either way (softmax is monotonic), so back ends that only need the class ignore the head.
 */
public enum OutputHead {
    /** The logits are the output. */
    LOGITS,
    /** {@code softmax(logits)} is the output. */
    SOFTMAX,
    /** {@code log(softmax(logits))} is the output. */
    LOG_SOFTMAX
}
