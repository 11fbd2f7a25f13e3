#!/bin/sh
# Builds the benchmarks module (with the Maven wrapper, through the reactor, tests skipped) and runs the JMH suite.
#   benchmarks/run.sh --quick   # < 5 min on 2 cores
#   benchmarks/run.sh --full    # < 30 min
# Writes benchmarks/results/results.json, results.md, scaling.png (plus JMH's raw jmh-*-threads.json).
# Extra JMH arguments are not taken here; to run one benchmark by hand:
#   java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main StepBenchmark.neuriteStep -p workload=xor-tiny -prof gc
set -e
cd "$(dirname "$0")/.."
MODE="${1:---quick}"
./mvnw -q -B -Dstyle.color=never -pl benchmarks -am package -DskipTests
exec java -Xmx1g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  org.neurite.benchmarks.BenchmarkSuite "$MODE" benchmarks/results
