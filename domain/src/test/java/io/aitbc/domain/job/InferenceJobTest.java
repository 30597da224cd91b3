package io.aitbc.domain.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelContent;
import io.aitbc.domain.model.ModelVersion;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InferenceJobTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private final ModelVersion version = new Model("o", "m", null, T)
            .addVersion(new ModelContent("{}", new ModelContent.SealedOnnx(new byte[] {1}, 1, "00"), "1", "2", null,
                    ModelContent.FheSupport.unavailable("none")), T);

    @Test
    void fheInferenceNeedsTheConsumersKeys() {
        assertThrows(IllegalArgumentException.class,
                () -> InferenceJob.inference("c", version, PrivacyLevel.FHE, false, null, null, T));
        assertEquals(JobStatus.QUEUED, InferenceJob.inference("c", version, PrivacyLevel.ZKML, false, null, null, T).status());
    }

    @Test
    void finishedJobsNeverChange() {
        InferenceJob job = InferenceJob.inference("c", version, PrivacyLevel.ZKML, true, null, null, T);
        assertThrows(IllegalStateException.class, () -> job.succeed(new JobResult(1L, null), T));
        job.start(1, T);
        job.reportProgress(new JobProgress(50, "witness", null));
        job.fail("out of memory", T.plusSeconds(1));
        assertEquals(JobStatus.FAILED, job.status());
        assertEquals("out of memory", job.error().orElseThrow());
        assertThrows(IllegalStateException.class, () -> job.start(2, T));
        assertThrows(IllegalStateException.class, () -> job.cancel(T));
        assertThrows(IllegalStateException.class, () -> job.reportProgress(new JobProgress(60, "x", null)));
    }

    @Test
    void aRestartedJobKeepsItsFirstStartTime() {
        InferenceJob job = InferenceJob.preparation("o", version, JobKind.CIRCUIT_SETUP, T);
        job.start(1, T);
        job.start(2, T.plusSeconds(99));
        assertEquals(T, job.startedAt().orElseThrow());
        assertEquals(2L, job.batchExecutionId().orElseThrow());
    }

    @Test
    void aPreparationJobCompletesWithoutAResultAnInferenceJobCannot() {
        InferenceJob bench = InferenceJob.preparation("o", version, JobKind.BENCHMARK, T);
        assertThrows(IllegalStateException.class, () -> bench.complete(T), "not running yet");
        bench.start(1, T);
        bench.reportProgress(new JobProgress(50, "plaintext-reference", null));
        bench.complete(T.plusSeconds(3));
        assertEquals(JobStatus.SUCCEEDED, bench.status());
        assertEquals(100, bench.progress().percent());
        InferenceJob inference = InferenceJob.inference("c", version, PrivacyLevel.ZKML, false, null, null, T);
        inference.start(1, T);
        assertThrows(IllegalStateException.class, () -> inference.complete(T));
    }

    @Test
    void restartingARunningJobIsCounted() {
        InferenceJob job = InferenceJob.inference("c", version, PrivacyLevel.ZKML, false, null, null, T);
        job.runBy("zkml-inference");
        assertThrows(IllegalStateException.class, job::restarting, "a queued job has nothing to restart");
        job.start(1, T);
        assertEquals(0, job.restarts());
        job.restarting();
        job.start(2, T);
        assertEquals(1, job.restarts());
        assertEquals(2L, job.batchExecutionId().orElseThrow());
        assertThrows(IllegalStateException.class, () -> job.runBy("other"));
    }

    @Test
    void progressIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> new JobProgress(101, null, null));
        assertThrows(IllegalArgumentException.class, () -> new JobProgress(-1, null, null));
    }

    @Test
    void privacyLevelsUseLowerCaseApiNames() {
        assertEquals(PrivacyLevel.HYBRID, PrivacyLevel.fromApiName("hybrid"));
        assertThrows(IllegalArgumentException.class, () -> PrivacyLevel.fromApiName("HYBRID"));
    }
}
