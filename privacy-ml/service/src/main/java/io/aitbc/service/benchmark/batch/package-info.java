/**
 * The Jakarta Batch artifacts of the {@code benchmark-run} job (META-INF/batch-jobs/benchmark-run.xml of this
 * module). They live in the module that starts the job, not in the EAR's lib: measured on Payara 6.2025.10,
 * the batch runtime resolves artifacts through the {@code java:comp/BeanManager} of the component that started
 * the job, and it did not find CDI-named artifacts of the batch-jobs library jar (ClassNotFoundException for
 * the artifact id), while this module's beans are found.
 */
package io.aitbc.service.benchmark.batch;
