#!/usr/bin/env bash
# Reproduces docs/performance.md: builds the project, writes the benchmark book once (simulated,
# about two minutes the first time), then runs every JMH benchmark with the settings in their
# annotations and writes the results to trust-bench/target/jmh-results.json.
# Run from anywhere; takes about 30 minutes on a 2-core machine. Extra arguments go to JMH
# (a benchmark name pattern, for instance: trust-bench/run-benchmarks.sh RulesBenchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests package
java -Xmx8g -cp trust-bench/target/benchmarks.jar org.propertytrust.bench.BenchBooks
java -jar trust-bench/target/benchmarks.jar -rf json -rff trust-bench/target/jmh-results.json "$@"
