package org.propertytrust.cli;

import java.util.concurrent.Callable;
import org.propertytrust.cli.render.Renderer;
import org.propertytrust.cli.render.Table;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trust rules}: the rule catalog. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List the rules `trust validate` checks, with their ids and severities.")
final class RulesCommand extends Base implements Callable<Integer> {
  @Option(names = "--json", description = "Print the catalog as JSON.")
  boolean json;

  @Override
  boolean json() {
    return json;
  }

  @Override
  public Integer call() {
    RuleSet rules = RuleSet.standard();
    if (json) {
      out().println(JsonReports.rules(rules));
      return TrustCommand.OK;
    }
    Messages m = messages();
    Table table =
        new Table(
            m.get("validate.rule"),
            m.get("validate.severity"),
            m.get("rules.title"),
            m.get("rules.description"));
    for (Rule rule : rules.rules()) {
      table.row(
          rule.id(), m.get("severity." + rule.severity()), rule.titleZh(), m.ruleDescription(rule));
    }
    out().print(Renderer.textTable(table));
    return TrustCommand.OK;
  }
}
