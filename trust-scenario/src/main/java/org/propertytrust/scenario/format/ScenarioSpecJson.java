package org.propertytrust.scenario.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Unit;
import org.propertytrust.scenario.spec.Cohort;
import org.propertytrust.scenario.spec.ImmutableCohort;
import org.propertytrust.scenario.spec.ImmutableScenarioSpec;
import org.propertytrust.scenario.spec.ImmutableVariant;
import org.propertytrust.scenario.spec.MonthlyAmount;
import org.propertytrust.scenario.spec.Prepayment;
import org.propertytrust.scenario.spec.RemunerationScheme;
import org.propertytrust.scenario.spec.RemunerationTerms;
import org.propertytrust.scenario.spec.RollRates;
import org.propertytrust.scenario.spec.ScenarioSpec;
import org.propertytrust.scenario.spec.Variant;

/**
 * Reads and writes a scenario spec as JSON, format {@code trust-scenario/1}.
 *
 * <pre>{@code
 * {
 *   "format": "trust-scenario/1",
 *   "name": "sunny-garden",
 *   "currency": "CNY",                       // optional, CNY by default
 *   "start": "2025-01",
 *   "months": 24,
 *   "allocation": "OLDEST_FIRST",            // optional; or SAME_PERIOD_FIRST
 *   "fees": [ { "code": "property", "basis": "PER_M2_MONTH", "rate": "1.80", "dueDay": 15 } ],
 *   "rollRates": [ [0.92, 0.08, 0], [0.55, 0.2, 0.25], [0.3, 0.05, 0.65] ],
 *   "cohorts": [
 *     { "id": "towers", "units": 360, "areaM2": "89.50" },
 *     { "id": "old-blocks", "units": 180, "areaM2": "72.00",
 *       "initialArrears": [120, 30, 30], "rollRates": [ ... ] },
 *     { "id": "villas", "units": 60, "monthlyBill": "680.00", "initialPrepaid": [0, 0, 12] }
 *   ],
 *   "prepayment": { "probability": 0.01, "months": 12 },           // optional
 *   "publicRevenue": [ { "name": "parking", "monthly": "9000.00" } ],
 *   "spending": [ { "name": "services", "monthly": "150000.00" } ],
 *   "openingCash": "80000.00",                                      // optional, signed
 *   "remuneration": { "basis": "PERCENT_OF_COLLECTED", "percent": "10",
 *                     "includePublicRevenue": false },
 *   "variants": [ { "name": "fixed-fee",
 *                   "remuneration": { "basis": "FIXED_MONTHLY", "amount": "16000.00" } },
 *                 { "name": "lump-sum", "remuneration": { "basis": "LUMP_SUM" } } ]
 * }
 * }</pre>
 *
 * <p>Amounts are decimal strings at most at the currency's scale, as in {@code trust-book/1};
 * probabilities are JSON numbers (or decimal strings) from 0 to 1; {@code dueDay} is optional (1)
 * and does not affect a scenario. Unknown fields are rejected. Every problem found is reported
 * together, each with its JSON path ({@code /cohorts/1/units: must be between 0 and 1000000000, not
 * -3}), in one {@link TrustException}.
 *
 * <p>Writing is deterministic (fixed key order, two-space indent, {@code \n} line ends), and
 * reading what was written gives an equal spec.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioSpecJson {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "trust-scenario/1";

  /** The format of a book, which is not a spec but may be given by mistake. */
  private static final String BOOK_FORMAT = "trust-book/1";

  /** The largest spec file read, in characters. */
  public static final int MAX_LENGTH = 10_000_000;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final Set<String> SPEC_KEYS =
      Set.of(
          "format",
          "name",
          "currency",
          "start",
          "months",
          "allocation",
          "fees",
          "rollRates",
          "cohorts",
          "prepayment",
          "publicRevenue",
          "spending",
          "openingCash",
          "remuneration",
          "variants");

  private ScenarioSpecJson() {}

  /**
   * Reads a spec from a file (UTF-8).
   *
   * @param file the file; not null
   * @return the spec
   * @throws TrustException listing every problem with its JSON path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ScenarioSpec read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read scenario spec " + file + ": " + IoProblem.reason(e), e);
    }
  }

  /**
   * Reads a spec from a reader.
   *
   * @param reader the JSON text; not null; not closed
   * @return the spec
   * @throws TrustException listing every problem with its JSON path
   * @throws UncheckedIOException if the reader fails
   */
  public static ScenarioSpec read(Reader reader) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        text.append(buffer, 0, n);
        if (text.length() > MAX_LENGTH) {
          throw new TrustException(
              "scenario spec is longer than " + MAX_LENGTH + " characters; refusing to read it");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario spec", e);
    }
    return parse(text.toString());
  }

  /**
   * Reads a spec from JSON text.
   *
   * @param json the JSON text; not null
   * @return the spec
   * @throws TrustException listing every problem with its JSON path
   */
  public static ScenarioSpec parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new TrustException(
          "scenario spec is not valid JSON: " + e.getOriginalMessage() + locationOf(e));
    } catch (NumberFormatException e) {
      // Jackson reports a number it cannot represent (1e-91000000000) this way, not as a
      // JsonProcessingException.
      throw new TrustException("scenario spec has a number that cannot be read: " + e.getMessage());
    }
    JsonInput in = new JsonInput();
    Optional<ScenarioSpec> spec = readSpec(in, root);
    if (!in.problems().isEmpty() || spec.isEmpty()) {
      if (in.problems().isEmpty()) {
        in.problem("", "is not a scenario spec");
      }
      throw TrustException.ofProblems(in.problems());
    }
    return spec.get();
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private static Optional<ScenarioSpec> readSpec(JsonInput in, JsonNode root) {
    if (!in.isObject(root, "")) {
      return Optional.empty();
    }
    Optional<String> format = in.string(root, "", "format", true);
    if (format.isPresent() && !format.get().equals(FORMAT)) {
      // Another document altogether: its fields would only repeat that it is not a spec.
      in.problems().clear();
      in.problem(
          "/format",
          "must be \""
              + FORMAT
              + "\", not \""
              + format.get()
              + "\""
              + (format.get().equals(BOOK_FORMAT)
                  ? ": this is a book, not a scenario spec; calibrate a scenario on it with"
                      + " Calibration.fromBook (trust scenario --from-book BOOK.json)"
                  : ""));
      return Optional.empty();
    }
    in.onlyKeys(root, "", SPEC_KEYS);
    CurrencyUnit currency = Amounts.CNY;
    Optional<String> code = in.string(root, "", "currency", false);
    if (code.isPresent()) {
      try {
        currency = CurrencyUnit.of(code.get());
      } catch (IllegalCurrencyException e) {
        in.problem("/currency", "is not an ISO 4217 currency: \"" + code.get() + "\"");
      }
    }
    ImmutableScenarioSpec.Builder spec = ScenarioSpec.builder().currency(currency);
    boolean complete = true;
    complete &= set(in.string(root, "", "name", true), spec::name);
    complete &= set(in.month(root, "", "start"), spec::start);
    complete &= set(in.integer(root, "", "months", true, 1, ScenarioSpec.MAX_MONTHS), spec::months);
    in.enumValue(root, "", "allocation", AllocationPolicy.class, false).ifPresent(spec::allocation);
    JsonNode fees = in.field(root, "", "fees", false);
    if (fees != null) {
      forEach(in, fees, "/fees", (node, path) -> readFee(in, node, path).ifPresent(spec::addFee));
    }
    Optional<RollRates> rollRates = readRollRates(in, root.get("rollRates"), "/rollRates", true);
    complete &= set(rollRates, spec::rollRates);
    JsonNode cohorts = in.field(root, "", "cohorts", true);
    if (cohorts != null) {
      final CurrencyUnit cohortCurrency = currency;
      forEach(
          in,
          cohorts,
          "/cohorts",
          (node, path) -> readCohort(in, node, path, cohortCurrency).ifPresent(spec::addCohort));
    } else {
      complete = false;
    }
    JsonNode prepayment = in.field(root, "", "prepayment", false);
    if (prepayment != null) {
      readPrepayment(in, prepayment, "/prepayment").ifPresent(spec::prepayment);
    }
    readAmounts(in, root, "publicRevenue", currency).forEach(spec::addPublicRevenue);
    readAmounts(in, root, "spending", currency).forEach(spec::addSpending);
    in.money(root, "", "openingCash", currency, true).ifPresent(spec::openingCash);
    JsonNode remuneration = in.field(root, "", "remuneration", true);
    if (remuneration != null) {
      complete &=
          set(readRemuneration(in, remuneration, "/remuneration", currency), spec::remuneration);
    } else {
      complete = false;
    }
    JsonNode variants = in.field(root, "", "variants", false);
    if (variants != null) {
      final CurrencyUnit variantCurrency = currency;
      forEach(
          in,
          variants,
          "/variants",
          (node, path) -> readVariant(in, node, path, variantCurrency).ifPresent(spec::addVariant));
    }
    if (!complete || !in.problems().isEmpty()) {
      return Optional.empty();
    }
    return in.attempt("", spec::build);
  }

  private interface ElementReader {
    void read(JsonNode node, String path);
  }

  private static void forEach(JsonInput in, JsonNode array, String path, ElementReader reader) {
    if (!array.isArray()) {
      in.problem(path, "must be an array, not " + JsonInput.describe(array));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      reader.read(array.get(i), path + "/" + i);
    }
  }

  private static <T> boolean set(Optional<T> value, java.util.function.Consumer<T> setter) {
    value.ifPresent(setter);
    return value.isPresent();
  }

  private static Optional<Fee> readFee(JsonInput in, JsonNode node, String path) {
    if (!in.isObject(node, path)) {
      return Optional.empty();
    }
    int before = in.problems().size();
    in.onlyKeys(node, path, Set.of("code", "basis", "rate", "dueDay"));
    Optional<String> code = in.string(node, path, "code", true);
    Optional<FeeBasis> basis = in.enumValue(node, path, "basis", FeeBasis.class, true);
    Optional<String> rate = in.string(node, path, "rate", true);
    int dueDay = in.integer(node, path, "dueDay", false, 1, 31).orElse(1);
    if (code.isEmpty() || basis.isEmpty() || rate.isEmpty() || in.problems().size() != before) {
      return Optional.empty();
    }
    return in.attempt(path, () -> Fee.of(code.get(), basis.get(), rate.get(), dueDay));
  }

  private static Optional<RollRates> readRollRates(
      JsonInput in, JsonNode node, String path, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        in.problem(path, "is required");
      }
      return Optional.empty();
    }
    if (!node.isArray()) {
      in.problem(path, "must be an array of rows, not " + JsonInput.describe(node));
      return Optional.empty();
    }
    if (node.size() > RollRates.MAX_STATES) {
      in.problem(path, "must have at most " + RollRates.MAX_STATES + " rows, not " + node.size());
      return Optional.empty();
    }
    double[][] rows = new double[node.size()][];
    boolean ok = true;
    for (int k = 0; k < node.size(); k++) {
      JsonNode row = node.get(k);
      if (!row.isArray() || row.size() > RollRates.MAX_STATES) {
        in.problem(
            path + "/" + k, "must be an array of probabilities, not " + JsonInput.describe(row));
        ok = false;
        continue;
      }
      rows[k] = new double[row.size()];
      for (int j = 0; j < row.size(); j++) {
        Optional<Double> p = in.probabilityValue(row.get(j), path + "/" + k + "/" + j);
        if (p.isPresent()) {
          rows[k][j] = p.get();
        } else {
          ok = false;
        }
      }
    }
    return ok ? in.attempt(path, () -> RollRates.of(rows)) : Optional.empty();
  }

  private static Optional<Cohort> readCohort(
      JsonInput in, JsonNode node, String path, CurrencyUnit currency) {
    if (!in.isObject(node, path)) {
      return Optional.empty();
    }
    in.onlyKeys(
        node,
        path,
        Set.of(
            "id",
            "units",
            "areaM2",
            "monthlyBill",
            "rollRates",
            "initialArrears",
            "initialPrepaid"));
    int before = in.problems().size();
    ImmutableCohort.Builder cohort = Cohort.builder();
    boolean complete = set(in.string(node, path, "id", true), cohort::id);
    complete &= set(in.integer(node, path, "units", true, 0, Cohort.MAX_UNITS), cohort::units);
    in.decimal(node, path, "areaM2", Unit.AREA_SCALE).ifPresent(cohort::areaM2);
    in.money(node, path, "monthlyBill", currency, false).ifPresent(cohort::monthlyBill);
    if (node.has("rollRates")) {
      Optional<RollRates> rates =
          readRollRates(in, node.get("rollRates"), path + "/rollRates", false);
      complete &= rates.isPresent();
      rates.ifPresent(cohort::rollRates);
    }
    complete &= counts(in, node, path, "initialArrears", cohort::addInitialArrears);
    complete &= counts(in, node, path, "initialPrepaid", cohort::addInitialPrepaid);
    complete &= in.problems().size() == before;
    return complete ? in.attempt(path, cohort::build) : Optional.empty();
  }

  private static boolean counts(
      JsonInput in, JsonNode node, String path, String key, java.util.function.IntConsumer add) {
    JsonNode array = in.field(node, path, key, false);
    if (array == null) {
      return true;
    }
    if (!array.isArray() || array.size() > RollRates.MAX_STATES) {
      in.problem(
          path + "/" + key, "must be an array of unit counts, not " + JsonInput.describe(array));
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < array.size(); i++) {
      Optional<Integer> n =
          in.integerValue(array.get(i), path + "/" + key + "/" + i, 0, Cohort.MAX_UNITS);
      if (n.isPresent()) {
        add.accept(n.get());
      } else {
        ok = false;
      }
    }
    return ok;
  }

  private static Optional<Prepayment> readPrepayment(JsonInput in, JsonNode node, String path) {
    if (!in.isObject(node, path)) {
      return Optional.empty();
    }
    int before = in.problems().size();
    in.onlyKeys(node, path, Set.of("probability", "months"));
    Optional<Double> probability = in.probability(node, path, "probability", true);
    Optional<Integer> months = in.integer(node, path, "months", true, 1, Prepayment.MAX_MONTHS);
    if (probability.isEmpty() || months.isEmpty() || in.problems().size() != before) {
      return Optional.empty();
    }
    return in.attempt(path, () -> Prepayment.of(probability.get(), months.get()));
  }

  private static List<MonthlyAmount> readAmounts(
      JsonInput in, JsonNode root, String key, CurrencyUnit currency) {
    List<MonthlyAmount> out = new ArrayList<>();
    JsonNode array = in.field(root, "", key, false);
    if (array == null) {
      return out;
    }
    forEach(
        in,
        array,
        "/" + key,
        (node, path) -> {
          if (!in.isObject(node, path)) {
            return;
          }
          in.onlyKeys(node, path, Set.of("name", "monthly"));
          Optional<String> name = in.string(node, path, "name", true);
          Optional<Money> monthly = in.money(node, path, "monthly", currency, false);
          if (node.get("monthly") == null) {
            in.problem(path + "/monthly", "is required");
          }
          if (name.isPresent() && monthly.isPresent()) {
            in.attempt(path, () -> MonthlyAmount.of(name.get(), monthly.get())).ifPresent(out::add);
          }
        });
    return out;
  }

  private static Optional<RemunerationTerms> readRemuneration(
      JsonInput in, JsonNode node, String path, CurrencyUnit currency) {
    if (!in.isObject(node, path)) {
      return Optional.empty();
    }
    int before = in.problems().size();
    in.onlyKeys(node, path, Set.of("basis", "amount", "percent", "includePublicRevenue"));
    Optional<RemunerationScheme> basis =
        in.enumValue(node, path, "basis", RemunerationScheme.class, true);
    Optional<Money> amount = in.money(node, path, "amount", currency, false);
    Optional<BigDecimal> percent = in.decimal(node, path, "percent", Percent.MAX_SCALE);
    Optional<Boolean> includePublic = in.bool(node, path, "includePublicRevenue");
    if (basis.isEmpty() || in.problems().size() != before) {
      return Optional.empty();
    }
    return in.attempt(
        path,
        () -> {
          var terms = RemunerationTerms.builder().scheme(basis.get());
          amount.ifPresent(terms::amount);
          percent.ifPresent(p -> terms.percent(Percent.of(p)));
          includePublic.ifPresent(terms::includePublicRevenue);
          return terms.build();
        });
  }

  private static Optional<Variant> readVariant(
      JsonInput in, JsonNode node, String path, CurrencyUnit currency) {
    if (!in.isObject(node, path)) {
      return Optional.empty();
    }
    in.onlyKeys(node, path, Set.of("name", "remuneration", "rollRates", "prepayment"));
    int before = in.problems().size();
    ImmutableVariant.Builder variant = Variant.builder();
    boolean complete = set(in.string(node, path, "name", true), variant::name);
    JsonNode remuneration = in.field(node, path, "remuneration", false);
    if (remuneration != null) {
      complete &=
          set(
              readRemuneration(in, remuneration, path + "/remuneration", currency),
              variant::remuneration);
    }
    if (node.has("rollRates")) {
      complete &=
          set(
              readRollRates(in, node.get("rollRates"), path + "/rollRates", false),
              variant::rollRates);
    }
    JsonNode prepayment = in.field(node, path, "prepayment", false);
    if (prepayment != null) {
      complete &= set(readPrepayment(in, prepayment, path + "/prepayment"), variant::prepayment);
    }
    complete &= in.problems().size() == before;
    return complete ? in.attempt(path, variant::build) : Optional.empty();
  }

  /**
   * Writes a spec to a file (UTF-8), replacing it.
   *
   * @param spec the spec; not null
   * @param file the file; not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(ScenarioSpec spec, Path file) {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(spec, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write scenario spec " + file + ": " + IoProblem.reason(e), e);
    }
  }

  /**
   * Writes a spec.
   *
   * @param spec the spec; not null
   * @param writer where to write; not null; not closed
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(ScenarioSpec spec, Writer writer) {
    try {
      writer.write(toJson(spec));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write scenario spec", e);
    }
  }

  /**
   * Returns a spec as JSON text, ending with a line break.
   *
   * @param spec the spec; not null
   * @return the JSON text
   */
  public static String toJson(ScenarioSpec spec) {
    return JsonText.print(tree(spec));
  }

  /** Returns a spec as a JSON tree, keys in a fixed order. */
  static ObjectNode tree(ScenarioSpec spec) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    root.put("name", spec.name());
    root.put("currency", spec.currency().getCode());
    root.put("start", spec.start().toString());
    root.put("months", spec.months());
    root.put("allocation", spec.allocation().name());
    ArrayNode fees = root.putArray("fees");
    for (Fee fee : spec.fees()) {
      ObjectNode node = fees.addObject();
      node.put("code", fee.code());
      node.put("basis", fee.basis().name());
      node.put("rate", fee.rate().toPlainString());
      node.put("dueDay", fee.dueDay());
    }
    root.set("rollRates", matrix(spec.rollRates()));
    ArrayNode cohorts = root.putArray("cohorts");
    for (Cohort cohort : spec.cohorts()) {
      ObjectNode node = cohorts.addObject();
      node.put("id", cohort.id());
      node.put("units", cohort.units());
      cohort.areaM2().ifPresent(a -> node.put("areaM2", a.toPlainString()));
      cohort.monthlyBill().ifPresent(b -> node.put("monthlyBill", Amounts.format(b)));
      cohort.rollRates().ifPresent(r -> node.set("rollRates", matrix(r)));
      if (!cohort.initialArrears().isEmpty()) {
        ArrayNode counts = node.putArray("initialArrears");
        cohort.initialArrears().forEach(counts::add);
      }
      if (!cohort.initialPrepaid().isEmpty()) {
        ArrayNode counts = node.putArray("initialPrepaid");
        cohort.initialPrepaid().forEach(counts::add);
      }
    }
    spec.prepayment().ifPresent(p -> root.set("prepayment", prepayment(p)));
    amounts(root.putArray("publicRevenue"), spec.publicRevenue());
    amounts(root.putArray("spending"), spec.spending());
    root.put("openingCash", Amounts.format(spec.openingCash()));
    root.set("remuneration", remuneration(spec.remuneration()));
    ArrayNode variants = root.putArray("variants");
    for (Variant variant : spec.variants()) {
      ObjectNode node = variants.addObject();
      node.put("name", variant.name());
      variant.remuneration().ifPresent(r -> node.set("remuneration", remuneration(r)));
      variant.rollRates().ifPresent(r -> node.set("rollRates", matrix(r)));
      variant.prepayment().ifPresent(p -> node.set("prepayment", prepayment(p)));
    }
    return root;
  }

  private static ArrayNode matrix(RollRates rates) {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (double[] row : rates.toArray()) {
      ArrayNode out = rows.addArray();
      for (double p : row) {
        out.add(p);
      }
    }
    return rows;
  }

  private static ObjectNode prepayment(Prepayment prepayment) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("probability", prepayment.probability());
    node.put("months", prepayment.months());
    return node;
  }

  private static void amounts(ArrayNode array, List<MonthlyAmount> amounts) {
    for (MonthlyAmount amount : amounts) {
      ObjectNode node = array.addObject();
      node.put("name", amount.name());
      node.put("monthly", Amounts.format(amount.monthly()));
    }
  }

  private static ObjectNode remuneration(RemunerationTerms terms) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("basis", terms.scheme().name());
    terms.amount().ifPresent(a -> node.put("amount", Amounts.format(a)));
    terms.percent().ifPresent(p -> node.put("percent", p.value().toPlainString()));
    if (terms.scheme() == RemunerationScheme.PERCENT_OF_COLLECTED) {
      node.put("includePublicRevenue", terms.includePublicRevenue());
    }
    return node;
  }
}
