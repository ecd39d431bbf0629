package org.propertytrust.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Rate;
import org.propertytrust.core.service.ServiceStage;
import org.propertytrust.json.ReadProblem;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.RuleSet;
import org.propertytrust.rules.ValidationReport;
import org.propertytrust.rules.Violation;

/**
 * The JSON the command prints with {@code --json}, exactly as FORMAT.md ("What trust prints")
 * specifies: stable keys in a fixed order, amounts and rates as decimal strings, {@code null} for
 * an absent rate.
 */
final class JsonReports {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReports() {}

  /** A JSON writer that returns the document it wrote. */
  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String validation(ValidationReport report) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("book", report.book());
          g.writeNumberField("errors", report.errors());
          g.writeNumberField("warnings", report.warnings());
          g.writeArrayFieldStart("violations");
          for (Violation v : report.violations()) {
            g.writeStartObject();
            g.writeStringField("rule", v.rule());
            g.writeStringField("severity", v.severity().name());
            g.writeStringField("message", v.message());
            g.writeObjectFieldStart("refs");
            for (Map.Entry<String, String> ref : v.refs().entrySet()) {
              g.writeStringField(ref.getKey(), ref.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  static String problems(@Nullable String book, List<ReadProblem> problems) {
    return write(
        g -> {
          g.writeStartObject();
          if (book == null) {
            g.writeNullField("book");
          } else {
            g.writeStringField("book", book);
          }
          g.writeArrayFieldStart("problems");
          for (ReadProblem p : problems) {
            g.writeStartObject();
            g.writeStringField("path", p.path());
            g.writeStringField("message", p.message());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  static String metrics(CollectionMetrics m) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("book", m.book());
          g.writeStringField("from", m.from().toString());
          g.writeStringField("to", m.to().toString());
          g.writeStringField("asOf", m.asOf().toString());
          money(g, "billed", m.billed());
          money(g, "collectedCurrent", m.collectedCurrent());
          rate(g, "currentRate", m.currentRate());
          rate(g, "householdRate", m.householdRate());
          money(g, "openingArrears", m.openingArrears());
          money(g, "arrearsRecovered", m.arrearsRecovered());
          rate(g, "recoveryRate", m.recoveryRate());
          rate(g, "combinedRate", m.combinedRate());
          money(g, "prepaymentsReceived", m.prepaymentsReceived());
          money(g, "remunerationDue", m.remunerationDue());
          money(g, "remunerationPosted", m.remunerationPosted());
          g.writeObjectFieldStart("aging");
          money(g, "notDue", m.aging().notDue());
          money(g, "d1to30", m.aging().d1to30());
          money(g, "d31to90", m.aging().d31to90());
          money(g, "d91to180", m.aging().d91to180());
          money(g, "d181to365", m.aging().d181to365());
          money(g, "over365", m.aging().over365());
          g.writeEndObject();
          g.writeObjectFieldStart("sla");
          rate(g, "register", m.serviceLevelRate(ServiceStage.REGISTER));
          rate(g, "onSite", m.serviceLevelRate(ServiceStage.ON_SITE));
          rate(g, "smallFix", m.serviceLevelRate(ServiceStage.SMALL_FIX));
          rate(g, "plan", m.serviceLevelRate(ServiceStage.PLAN));
          rate(g, "followUp", m.serviceLevelRate(ServiceStage.FOLLOW_UP));
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  static String rules(RuleSet rules) {
    return write(
        g -> {
          g.writeStartArray();
          for (Rule rule : rules.rules()) {
            g.writeStartObject();
            g.writeStringField("id", rule.id());
            g.writeStringField("severity", rules.severity(rule.id()).name());
            g.writeStringField("title", rule.titleZh());
            g.writeStringField("description", rule.description());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  private static void money(JsonGenerator g, String name, Money amount) throws IOException {
    g.writeStringField(name, Amounts.format(amount));
  }

  private static void rate(JsonGenerator g, String name, Optional<Rate> rate) throws IOException {
    if (rate.isPresent()) {
      g.writeStringField(name, rate.get().toString());
    } else {
      g.writeNullField(name);
    }
  }
}
