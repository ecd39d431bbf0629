package org.propertytrust.scenario.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.joda.money.CurrencyUnit;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.spec.ScenarioSpec;

/**
 * The seeded Monte Carlo: many runs of the scenario, each drawing how many units of every cohort
 * and state make each move, and per-month percentiles of every figure over the runs.
 *
 * <p>A run keeps the <em>number</em> of units in each state of each cohort. Each month the units of
 * a state are split over the moves of its row by one multinomial draw, made of sequential
 * conditional binomial draws ({@link BinomialSampler}, exact, in expected constant time), and the
 * units that end current draw, binomially again, whether they prepay. So a month costs about {@code
 * cohorts × states × moves} draws whatever the number of units. Amounts in a run are whole minor
 * units (counts times bills); a percentage remuneration is rounded HALF_UP to the minor unit each
 * month, as a contract computes it.
 *
 * <p>Reproducibility: run {@code r} draws from its own stream ({@link RunStreams#forRun}), a
 * function of the seed and {@code r} only, and all runs advance one month at a time, so each run's
 * figures, and therefore every percentile, are the same whatever the parallelism and however the
 * runs are scheduled. Draws use {@link StrictMath}; the same seed gives the same output on any
 * machine.
 *
 * <p>Percentiles are nearest-rank ({@link Percentiles}); the mean and standard deviation are summed
 * in run order. Memory is about {@code runs × (cohorts × states + 24)} doubles, whatever the number
 * of months; work and memory are checked against {@link WorkBudget} before the first run.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonteCarlo {
  private static final Figure[] FIGURES = Figure.values();

  private MonteCarlo() {}

  /**
   * Simulates a scenario with every available processor.
   *
   * @param spec the scenario; not null
   * @param runs the number of runs, 1 to {@value SimulationOptions#MAX_RUNS}
   * @param seed the seed
   * @return the simulation
   */
  public static Simulation simulate(ScenarioSpec spec, int runs, long seed) {
    return simulate(spec, SimulationOptions.of(runs, seed));
  }

  /**
   * Simulates a scenario.
   *
   * @param spec the scenario; not null
   * @param options the runs, seed and parallelism; not null
   * @return the simulation
   * @throws TrustException if the simulation would exceed the work or memory budget ({@link
   *     WorkBudget})
   */
  public static Simulation simulate(ScenarioSpec spec, SimulationOptions options) {
    WorkBudget.checkSimulation(spec, options.runs());
    return new Run(new CompiledScenario(spec), options).simulate();
  }

  /**
   * Replays one run of a simulation and returns its figures month by month: exactly the values that
   * run contributes to {@link #simulate} with the same seed, whatever the number of runs.
   *
   * @param spec the scenario; not null
   * @param seed the simulation's seed
   * @param run the run's index, not negative
   * @return the run's figures
   * @throws TrustException if one pass would exceed the work budget ({@link WorkBudget})
   */
  public static Projection path(ScenarioSpec spec, long seed, int run) {
    WorkBudget.checkProjection(spec);
    return path(spec, RunStreams.forRun(seed, run));
  }

  /** Runs the scenario once, drawing from the given generator. */
  static Projection path(ScenarioSpec spec, UniformRandomProvider rng) {
    CompiledScenario sc = new CompiledScenario(spec);
    double[] counts = new double[sc.cohorts * sc.states];
    for (int c = 0; c < sc.cohorts; c++) {
      System.arraycopy(sc.initial[c], 0, counts, c * sc.states, sc.states);
    }
    double[] next = new double[sc.states];
    double[] out = new double[sc.maxState + 2];
    Splitter draws = new Splitter.Draws(rng);
    List<MonthFlows> months = new ArrayList<>(sc.months);
    double cash = sc.openingCash;
    for (int t = 0; t < sc.months; t++) {
      MonthFlows flows = new MonthFlows(sc);
      MonthStep.advance(sc, counts, 0, next, out, draws, flows, true);
      MonthStep.settle(sc, flows, cash, true);
      cash = flows.closingCash;
      months.add(flows);
    }
    return Assembly.projection(sc, months);
  }

  /** The state of all runs, advanced one month at a time. */
  private static final class Run {
    private final CompiledScenario sc;
    private final int runs;
    private final long seed;
    private final int parallelism;
    private final int block;
    private final double[] counts;
    private final double[] cash;
    private final UniformRandomProvider[] streams;
    private final double[][] values;
    private final List<Chunk> chunks = new ArrayList<>();

    Run(CompiledScenario sc, SimulationOptions options) {
      this.sc = sc;
      this.runs = options.runs();
      this.seed = options.seed();
      this.parallelism = options.parallelism();
      this.block = sc.cohorts * sc.states;
      // WorkBudget.checkSimulation keeps runs x block far below Integer.MAX_VALUE
      this.counts = new double[Math.multiplyExact(runs, block)];
      for (int r = 0; r < runs; r++) {
        for (int c = 0; c < sc.cohorts; c++) {
          System.arraycopy(sc.initial[c], 0, counts, r * block + c * sc.states, sc.states);
        }
      }
      this.cash = new double[runs];
      Arrays.fill(cash, sc.openingCash);
      this.streams = new UniformRandomProvider[runs];
      this.values = new double[FIGURES.length][runs];
      int size = Math.max(16, (runs + parallelism * 8 - 1) / (parallelism * 8));
      for (int from = 0; from < runs; from += size) {
        chunks.add(new Chunk(from, Math.min(runs, from + size)));
      }
    }

    Simulation simulate() {
      List<MonthBands> months = new ArrayList<>(sc.months);
      ForkJoinPool pool = parallelism > 1 ? new ForkJoinPool(parallelism) : null;
      try {
        for (int t = 0; t < sc.months; t++) {
          if (pool == null) {
            for (Chunk chunk : chunks) {
              chunk.call();
            }
          } else {
            for (Future<Void> done : pool.invokeAll(chunks)) {
              done.get();
            }
          }
          months.add(bands(t + 1));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("simulation interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IllegalStateException(cause);
      } finally {
        if (pool != null) {
          pool.shutdown();
        }
      }
      return Simulation.builder()
          .scenario(sc.spec)
          .runs(runs)
          .seed(seed)
          .addAllMonths(months)
          .build();
    }

    private MonthBands bands(int index) {
      CurrencyUnit currency = sc.spec.currency();
      Map<Figure, Band> bands = new LinkedHashMap<>();
      double[] scratch = new double[runs];
      for (Figure figure : FIGURES) {
        double[] v = values[figure.ordinal()];
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean absent = false;
        for (int r = 0; r < runs; r++) {
          double x = v[r];
          if (Double.isNaN(x)) {
            absent = true;
            break;
          }
          sum += x;
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
        if (absent) {
          continue;
        }
        double mean = sum / runs;
        double squares = 0;
        for (int r = 0; r < runs; r++) {
          double d = v[r] - mean;
          squares += d * d;
        }
        double sd = StrictMath.sqrt(squares / runs);
        double p5;
        double p50;
        double p95;
        if (min == max) {
          p5 = min;
          p50 = min;
          p95 = min;
          mean = min;
          sd = 0;
        } else {
          System.arraycopy(v, 0, scratch, 0, runs);
          int k50 = Percentiles.rank(50, runs) - 1;
          p50 = Percentiles.select(scratch, 0, runs - 1, k50);
          p5 = Percentiles.select(scratch, 0, k50, Percentiles.rank(5, runs) - 1);
          p95 = Percentiles.select(scratch, k50, runs - 1, Percentiles.rank(95, runs) - 1);
        }
        Band band =
            figure.isRate()
                ? Band.builder()
                    .p5(Assembly.rate(p5))
                    .p50(Assembly.rate(p50))
                    .p95(Assembly.rate(p95))
                    .mean(Assembly.rate(mean))
                    .standardDeviation(Assembly.rate(sd))
                    .build()
                : Band.builder()
                    .p5(Assembly.amount(currency, p5))
                    .p50(Assembly.amount(currency, p50))
                    .p95(Assembly.amount(currency, p95))
                    .mean(Assembly.amount(currency, mean))
                    .standardDeviation(Assembly.amount(currency, sd))
                    .build();
        bands.put(figure, band);
      }
      int negative = 0;
      for (double x : values[Figure.CLOSING_CASH.ordinal()]) {
        if (x < 0) {
          negative++;
        }
      }
      return MonthBands.builder()
          .index(index)
          .month(sc.spec.month(index))
          .putAllBands(bands)
          .probabilityNegativeCash(Assembly.rate((double) negative / runs))
          .build();
    }

    /** A contiguous range of runs, advanced by one month per call, with its own scratch space. */
    private final class Chunk implements Callable<Void> {
      private final int from;
      private final int to;
      private final double[] next;
      private final double[] out;
      private final MonthFlows flows;
      private final Splitter.Draws draws;

      Chunk(int from, int to) {
        this.from = from;
        this.to = to;
        this.next = new double[sc.states];
        this.out = new double[sc.maxState + 2];
        this.flows = new MonthFlows(sc);
        this.draws = new Splitter.Draws(RunStreams.forRun(seed, from));
      }

      @Override
      public Void call() {
        for (int r = from; r < to; r++) {
          UniformRandomProvider stream = streams[r];
          if (stream == null) {
            stream = RunStreams.forRun(seed, r);
            streams[r] = stream;
          }
          draws.use(stream);
          flows.reset();
          MonthStep.advance(sc, counts, r * block, next, out, draws, flows, false);
          MonthStep.settle(sc, flows, cash[r], true);
          cash[r] = flows.closingCash;
          for (Figure figure : FIGURES) {
            values[figure.ordinal()][r] = flows.value(figure);
          }
        }
        return null;
      }
    }
  }
}
