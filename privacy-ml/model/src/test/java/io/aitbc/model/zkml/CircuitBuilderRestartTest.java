package io.aitbc.model.zkml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.model.quant.QuantizedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step by step as a batch job runs them: done steps are skipped, changed outputs are redone, order is enforced. */
class CircuitBuilderRestartTest {

    @Test
    void stepsResumeAndRedoOnlyWhatNoLongerChecksOut(@TempDir Path tmp) throws Exception {
        QuantizedModel model = ShapeJson.read(Files.readString(Node.TOOLCHAIN.dir().resolve("examples/tiny-mlp.json")), 7);
        CircuitBuilder builder = new CircuitBuilder(Node.TOOLCHAIN, new ZkmlArtifactStore(tmp), ZkmlPipelineTest.devPtau());
        Set<CircuitKind> both = Set.of(CircuitKind.INFERENCE, CircuitKind.INTEGRITY);

        assertEquals(BuildStep.SETUP, assertThrows(CircuitBuildException.class,
                () -> builder.run(BuildStep.SETUP, model, both, BuildListener.NONE)).step(), "setup before compile");
        assertEquals(List.of("FINISHED", "FINISHED"), outcomes(builder, BuildStep.GENERATE, model, both));
        assertEquals(List.of("FINISHED", "FINISHED"), outcomes(builder, BuildStep.COMPILE, model, both));
        assertEquals(List.of("SKIPPED", "SKIPPED"), outcomes(builder, BuildStep.COMPILE, model, both));
        assertThrows(CircuitBuildException.class, () -> builder.run(BuildStep.PUBLISH, model, both, BuildListener.NONE));
        assertEquals(List.of("FINISHED", "FINISHED"), outcomes(builder, BuildStep.SETUP, model, both));

        // a damaged constraint system: compile runs again (same output), and setup, whose input is unchanged, is kept
        Path dir = builder.store().directoryFor(ModelBinding.of(model).modelCommitment());
        Files.write(dir.resolve("inference.r1cs"), new byte[] {0}, StandardOpenOption.APPEND);
        assertThrows(CircuitBuildException.class, () -> builder.run(BuildStep.SETUP, model, both, BuildListener.NONE));
        assertEquals(List.of("FINISHED", "SKIPPED"), outcomes(builder, BuildStep.COMPILE, model, both));
        assertEquals(List.of("SKIPPED", "SKIPPED"), outcomes(builder, BuildStep.SETUP, model, both));
        // a lost proving key: only that setup runs again
        Files.delete(dir.resolve("integrity.zkey"));
        assertEquals(List.of("SKIPPED", "FINISHED"), outcomes(builder, BuildStep.SETUP, model, both));

        builder.run(BuildStep.PUBLISH, model, both, BuildListener.NONE);
        ZkmlArtifacts a = builder.published(model).orElseThrow();
        assertTrue(a.integrity().isPresent());
        assertTrue(a.integrity().get().constraints() < a.inference().constraints());
        assertEquals(List.of("SKIPPED", "SKIPPED"), outcomes(builder, BuildStep.COMPILE, model, both), "published: nothing runs");
    }

    /** The final event type of each circuit (inference first) for one step. */
    private static List<String> outcomes(CircuitBuilder b, BuildStep step, QuantizedModel m, Set<CircuitKind> kinds) throws IOException {
        List<BuildEvent> events = new ArrayList<>();
        b.run(step, m, kinds, events::add);
        List<String> out = new ArrayList<>();
        for (CircuitKind k : CircuitKind.values()) {
            events.stream().filter(e -> e.circuit() == k && (e.type() == BuildEvent.Type.FINISHED || e.type() == BuildEvent.Type.SKIPPED))
                    .reduce((x, y) -> y).ifPresent(e -> out.add(e.type().name()));
        }
        return out;
    }
}
