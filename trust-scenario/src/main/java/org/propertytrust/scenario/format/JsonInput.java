package org.propertytrust.scenario.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Amounts;

/**
 * Reads fields of a JSON tree, collecting every problem with its JSON path instead of stopping at
 * the first. Mutable; one per document.
 */
final class JsonInput {
  private final List<String> problems = new ArrayList<>();

  void problem(String path, String message) {
    problems.add((path.isEmpty() ? "/" : path) + ": " + message);
  }

  List<String> problems() {
    return problems;
  }

  boolean isObject(@Nullable JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      problem(path, "must be an object, not " + describe(node));
      return false;
    }
    return true;
  }

  /** Reports each field of the object that is not in {@code allowed}. */
  void onlyKeys(JsonNode object, String path, Set<String> allowed) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problem(
            path + "/" + name,
            "unknown field; expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  @Nullable JsonNode field(JsonNode object, String path, String key, boolean required) {
    JsonNode value = object.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        problem(path + "/" + key, "is required");
      }
      return null;
    }
    return value;
  }

  Optional<String> string(JsonNode object, String path, String key, boolean required) {
    JsonNode value = field(object, path, key, required);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      problem(path + "/" + key, "must be a string, not " + describe(value));
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  Optional<Integer> integer(
      JsonNode object, String path, String key, boolean required, long min, long max) {
    JsonNode value = field(object, path, key, required);
    if (value == null) {
      return Optional.empty();
    }
    return integerValue(value, path + "/" + key, min, max);
  }

  Optional<Integer> integerValue(JsonNode value, String path, long min, long max) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      problem(path, "must be a whole number, not " + describe(value));
      return Optional.empty();
    }
    long n = value.longValue();
    if (n < min || n > max) {
      problem(path, "must be between " + min + " and " + max + ", not " + n);
      return Optional.empty();
    }
    return Optional.of((int) n);
  }

  Optional<Boolean> bool(JsonNode object, String path, String key) {
    JsonNode value = field(object, path, key, false);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      problem(path + "/" + key, "must be true or false, not " + describe(value));
      return Optional.empty();
    }
    return Optional.of(value.booleanValue());
  }

  /** A probability: a JSON number or a decimal string, in [0, 1]. */
  Optional<Double> probabilityValue(JsonNode value, String path) {
    BigDecimal decimal;
    if (value.isNumber()) {
      decimal = value.decimalValue();
    } else if (value.isTextual()) {
      String problem = Amounts.lexicalProblem(value.textValue(), 20, false);
      if (problem != null) {
        problem(
            path,
            "must be a probability, a number from 0 to 1 (such as 0.25 or \"0.25\"), not "
                + describe(value));
        return Optional.empty();
      }
      decimal = new BigDecimal(value.textValue());
    } else {
      problem(
          path,
          "must be a probability, a number from 0 to 1 (such as 0.25 or \"0.25\"), not "
              + describe(value));
      return Optional.empty();
    }
    if (decimal.signum() < 0 || decimal.compareTo(BigDecimal.ONE) > 0) {
      problem(path, "must be a probability from 0 to 1, not " + decimal.toPlainString());
      return Optional.empty();
    }
    return Optional.of(decimal.doubleValue());
  }

  Optional<Double> probability(JsonNode object, String path, String key, boolean required) {
    JsonNode value = field(object, path, key, required);
    return value == null ? Optional.empty() : probabilityValue(value, path + "/" + key);
  }

  Optional<Money> money(
      JsonNode object, String path, String key, CurrencyUnit currency, boolean signed) {
    Optional<String> text = string(object, path, key, false);
    if (text.isEmpty()) {
      JsonNode value = object.get(key);
      if (value != null && value.isNumber()) {
        problems.remove(problems.size() - 1);
        problem(path + "/" + key, "must be a decimal string such as \"120.50\", not a number");
      }
      return Optional.empty();
    }
    return attempt(
        path + "/" + key,
        () ->
            signed
                ? Amounts.parseSigned(text.get(), currency)
                : Amounts.parse(text.get(), currency));
  }

  Optional<BigDecimal> decimal(JsonNode object, String path, String key, int maxScale) {
    Optional<String> text = string(object, path, key, false);
    return text.flatMap(
        t -> attempt(path + "/" + key, () -> Amounts.parseDecimal(t, maxScale, key)));
  }

  Optional<YearMonth> month(JsonNode object, String path, String key) {
    Optional<String> text = string(object, path, key, true);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (!text.get().matches("\\d{4}-\\d{2}")) {
        throw new DateTimeParseException("not YYYY-MM", text.get(), 0);
      }
      return Optional.of(YearMonth.parse(text.get()));
    } catch (DateTimeParseException e) {
      problem(path + "/" + key, "must be a month YYYY-MM, not \"" + text.get() + "\"");
      return Optional.empty();
    }
  }

  <E extends Enum<E>> Optional<E> enumValue(
      JsonNode object, String path, String key, Class<E> type, boolean required) {
    Optional<String> text = string(object, path, key, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.get())) {
        return Optional.of(constant);
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    problem(path + "/" + key, "must be one of " + names + ", not \"" + text.get() + "\"");
    return Optional.empty();
  }

  /** Runs a construction, turning a TrustException into a problem at the path. */
  <T> Optional<T> attempt(String path, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (TrustException e) {
      for (String message : e.problems()) {
        problem(path, message);
      }
      return Optional.empty();
    } catch (IllegalArgumentException | ArithmeticException e) {
      problem(path, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  static String describe(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    String text = node.toString();
    if (text.length() > 40) {
      text = text.substring(0, 37) + "...";
    }
    return type + " " + text;
  }
}
