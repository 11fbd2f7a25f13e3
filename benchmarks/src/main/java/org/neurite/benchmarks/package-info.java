/**
 * JMH benchmarks of Neurite's training hot path against DL4J, the GEMM floor and a plain-Java floor
 * ({@link org.neurite.benchmarks.StepBenchmark}), the scaling sweep, Adam's update against the memory-bandwidth
 * floor and ND4J's own op, the suite runner that writes JSON, Markdown and a PNG
 * ({@link org.neurite.benchmarks.BenchmarkSuite}), and the memory soak ({@link org.neurite.benchmarks.Soak}).
 * Never a dependency of another module.
 */
package org.neurite.benchmarks;
